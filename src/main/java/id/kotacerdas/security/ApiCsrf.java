package id.kotacerdas.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which state-changing API calls need no CSRF token. A browser attaches cookies to a forged cross-site request,
 * but it cannot add an {@code Authorization} header to one (that needs a CORS preflight, which the API never
 * allows), and the API never sends a Basic challenge, so no browser caches Basic credentials for it either. So:
 * <ul>
 *   <li>a call with an {@code Authorization} header (Basic or Bearer) carries its own credentials: no token;
 *   <li>an anonymous public POST ({@link ApiAccess#PUBLIC_POST}: the scoring preview, a citizen's survey answer)
 *       without a session cookie has nothing to forge: no token;
 *   <li>everything else, in particular any call that sends a session cookie, needs the CSRF token. A call with
 *       neither token nor credentials is answered 401 (it needs credentials), see {@link ProblemEntryPoint}.
 * </ul>
 */
final class ApiCsrf {

    private ApiCsrf() {}

    static RequestMatcher exempt() {
        RequestMatcher publicPost = new OrRequestMatcher(java.util.Arrays.stream(ApiAccess.PUBLIC_POST)
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path))
                .toList());
        return request -> carriesCredentials(request) || (!hasSession(request) && publicPost.matches(request));
    }

    static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    static boolean hasSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null;
    }
}
