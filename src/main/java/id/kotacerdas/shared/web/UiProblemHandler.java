package id.kotacerdas.shared.web;

import id.kotacerdas.shared.domain.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal that a page did not show on its form (a refused access, or one thrown while the page was read)
 * shows the error page with the refusal's status and message; an htmx request for a fragment of a page gets
 * the message alone, in the fragment's place.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiProblemHandler {

    private final UiErrors errors;

    UiProblemHandler(UiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, HttpServletRequest request, Locale locale) {
        ModelAndView page = page(RefusalStatus.of(e).value(), errors.of(e, locale));
        if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
            page.setViewName("fragments/problem :: problem");
        }
        return page;
    }

    static ModelAndView page(int status, UiError problem) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("problem", problem);
        return page;
    }
}
