package id.kotacerdas.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which state-changing API calls need the CSRF token: every one that sends a session cookie without an
 * {@code Authorization} header. A forged cross-site request can ride on the browser's cookies, but it cannot add
 * an {@code Authorization} header (that needs a CORS preflight, which the API never allows), and since the API
 * never sends a Basic challenge, no browser caches Basic credentials to attach on its own. So:
 * <ul>
 *   <li>a call with an {@code Authorization} header (Basic or Bearer) carries its own credentials: no token;
 *   <li>a call with neither session cookie nor {@code Authorization} is anonymous: it can only reach the public
 *       paths (a POST there, such as a citizen's survey answer, has nothing to forge) and is refused with 401
 *       everywhere else, so it needs no token either;
 *   <li>a call with a session cookie needs the token, on the public paths too (403 {@code security.csrf}).
 * </ul>
 */
final class ApiCsrf {

    private ApiCsrf() {}

    static RequestMatcher exempt() {
        return request -> carriesCredentials(request) || !hasSession(request);
    }

    static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    static boolean hasSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null;
    }
}
