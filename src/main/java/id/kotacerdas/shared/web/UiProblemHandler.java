package id.kotacerdas.shared.web;

import id.kotacerdas.shared.domain.DomainException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refusal that a page did not handle itself shows the error page with the right status and message. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiProblemHandler {

    private final UiErrors errors;

    UiProblemHandler(UiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, Locale locale) {
        ModelAndView page = new ModelAndView("error");
        int status = UiErrors.status(e);
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("problem", errors.of(e, locale));
        return page;
    }
}
