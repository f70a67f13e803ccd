package id.kotacerdas.shared.web;

import id.kotacerdas.shared.domain.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
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
    private final MessageSource messages;

    UiProblemHandler(UiErrors errors, MessageSource messages) {
        this.errors = errors;
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, HttpServletRequest request, Locale locale) {
        ModelAndView page = page(RefusalStatus.of(e).value(), errors.of(e, locale));
        if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
            page.setViewName("fragments/problem :: problem");
        }
        return page;
    }

    /** The database cannot be reached: the error page says so (503, Retry-After), the next request may work. */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        CannotCreateTransactionException.class
    })
    ModelAndView databaseUnavailable(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        String message =
                messages.getMessage(DatabaseUnavailable.MESSAGE_KEY, null, DatabaseUnavailable.ENGLISH, locale);
        ModelAndView page = page(HttpStatus.SERVICE_UNAVAILABLE.value(), new UiError(null, message));
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
