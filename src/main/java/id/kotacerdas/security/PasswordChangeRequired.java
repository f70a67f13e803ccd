package id.kotacerdas.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account created with a password someone else chose (an administrator, or the generated first password)
 * changes it before anything else: its authentication carries {@link #AUTHORITY} (no extra read per request);
 * the API answers 403 {@code account.passwordChangeRequired}, pages lead to the change form on {@code /akun}.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

    static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

    static final Set<String> API_ALLOWED = Set.of("GET /api/v1/users/me", "PUT /api/v1/users/me/password");
    private static final Set<String> PAGES_ALLOWED = Set.of("/akun", "/akun/kata-sandi", "/keluar", "/masuk", "/error");

    private final ProblemEntryPoint problems;

    /** For the API (problems) or, with null, for the pages (redirect). */
    PasswordChangeRequired(ProblemEntryPoint problems) {
        this.problems = problems;
    }

    static boolean required(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!required(SecurityContextHolder.getContext().getAuthentication()) || allowed(request)) {
            chain.doFilter(request, response);
        } else if (problems != null) {
            problems.write(
                    request, response, org.springframework.http.HttpStatus.FORBIDDEN, "account.passwordChangeRequired");
        } else {
            response.sendRedirect(request.getContextPath() + "/akun");
        }
    }

    private boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (problems != null) {
            return API_ALLOWED.contains(request.getMethod() + " " + path);
        }
        return PAGES_ALLOWED.contains(path) || path.startsWith("/static/") || path.startsWith("/webjars/");
    }
}
