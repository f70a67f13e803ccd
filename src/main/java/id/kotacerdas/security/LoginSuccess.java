package id.kotacerdas.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After signing in: the page asked for, else the ministry's pages for an admin and one's account for others. */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
        return admin ? "/admin" : "/akun";
    }
}
