package id.kotacerdas.security;

import id.kotacerdas.shared.web.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers API calls without credentials (401) or without the right (403) as problem+json. The 401 challenges
 * {@code Bearer}, never {@code Basic}: a Basic challenge makes a browser ask for a password and then attach it to
 * every request to this site, cross-site forgeries included. Clients send Basic credentials unasked.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Bearer realm=\"Kota Cerdas\"";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final SecurityEvents events;

    ProblemEntryPoint(MessageSource messages, LocaleResolver locales, SecurityEvents events) {
        this.messages = messages;
        this.locales = locales;
        this.events = events;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof ThrottledAuthenticationProvider.Throttled throttled) {
            response.setHeader(
                    "Retry-After", String.valueOf(throttled.retryAfter().toSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "security.throttled");
            return;
        }
        if (DatabaseUnavailable.causedBy(e)) {
            // the credentials could not be checked: not a wrong password, and no reason to sign in again
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE_KEY);
            return;
        }
        unauthorized(request, response, null);
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        write(request, response, HttpStatus.UNAUTHORIZED, key == null ? "security.unauthorized" : key);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        forbidden(request, response, e instanceof CsrfException ? "security.csrf" : "security.forbidden");
    }

    /** A 403, recorded in the audit trail. */
    void forbidden(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        events.accessDenied(
                caller == null || caller instanceof AnonymousAuthenticationToken ? null : caller.getName(),
                request.getMethod() + " " + request.getRequestURI() + " (" + key + ")");
        write(request, response, HttpStatus.FORBIDDEN, key);
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(key, null, locale));
        problem.put("code", key);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JsonMapper.shared().writeValue(response.getOutputStream(), problem);
    }
}
