package id.kotacerdas.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that carries {@code Authorization: Bearer <token>}: the token's SHA-256 looked up (no
 * BCrypt; {@link BearerCache} keeps valid tokens for a few seconds), refused with 401 when unknown, expired or
 * revoked, with 403 when a read-only token is used for anything but GET or HEAD. The time of last use is written
 * at most once a minute per token.
 */
class BearerTokens extends OncePerRequestFilter {

    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final String SCHEME = "Bearer ";

    private final BearerCache tokens;
    private final ProblemEntryPoint problems;

    BearerTokens(BearerCache tokens, ProblemEntryPoint problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        ApiTokenRepository.Bearer bearer;
        try {
            bearer = tokens.find(ManageApiTokens.hash(
                            header.substring(SCHEME.length()).strip()))
                    .orElse(null);
        } catch (DataAccessException e) {
            problems.commence(request, response, new InternalAuthenticationServiceException("token not checked", e));
            return;
        }
        if (bearer == null) {
            problems.unauthorized(request, response, "security.tokenInvalid");
            return;
        }
        if (bearer.scope() == TokenScope.READ_ONLY
                && !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod())) {
            problems.forbidden(request, response, "token.readOnly");
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + bearer.role().name()));
        if (bearer.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PasswordChangeRequired.AUTHORITY));
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(bearer.username(), null, authorities));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
