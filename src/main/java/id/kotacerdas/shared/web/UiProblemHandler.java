package id.kotacerdas.shared.web;

import id.kotacerdas.shared.domain.DomainException;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    UiProblemHandler(UiErrors errors, MessageSource messages) {
        this.errors = errors;
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, Locale locale) {
        return page(UiErrors.status(e), errors.of(e, locale));
    }

    static ModelAndView page(int status, UiError problem) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("problem", problem);
        return page;
    }
}
