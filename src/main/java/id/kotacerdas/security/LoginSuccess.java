package id.kotacerdas.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After signing in: the page asked for, else one's start page: the ministry's, the region's, the panels. */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (PasswordChangeRequired.required(authentication)) {
            return "/akun";
        }
        if (has(authentication, Role.ADMIN)) {
            return "/admin";
        }
        if (has(authentication, Role.OPERATOR)) {
            return "/wilayah";
        }
        if (has(authentication, Role.ENUMERATOR)) {
            return "/wilayah/survei-isian";
        }
        return has(authentication, Role.ASSESSOR) ? "/penilaian" : "/akun";
    }

    private static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
    }
}
