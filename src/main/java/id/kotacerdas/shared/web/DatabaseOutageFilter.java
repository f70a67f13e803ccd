package id.kotacerdas.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outermost filter: a database outage that escapes the handlers (saving the session after the page was
 * rendered, a filter reading an account) still answers 503, never a 500. When the request was already answered
 * with 503 (the handlers saw the outage) that answer stands; only the session could not be saved.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseOutageFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            if (response.isCommitted() || response.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                log.debug("Database unavailable after the answer was made: {}", e.toString());
                return;
            }
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        String detail = messages.getMessage(
                DatabaseUnavailable.MESSAGE_KEY, null, DatabaseUnavailable.ENGLISH, locales.resolveLocale(request));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            JsonMapper.shared()
                    .writeValue(
                            response.getOutputStream(),
                            Map.of(
                                    "type",
                                    "about:blank",
                                    "title",
                                    HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(),
                                    "status",
                                    HttpStatus.SERVICE_UNAVAILABLE.value(),
                                    "detail",
                                    detail,
                                    "code",
                                    DatabaseUnavailable.MESSAGE_KEY));
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(detail);
        }
    }
}
