package id.kotacerdas.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The browser sessions of an account (kept in PostgreSQL by Spring Session, found by the account's name): ended
 * when the account is disabled, and all but the current one when its password changes.
 */
@Component
public class AccountSessions {

    private final SessionRegistry sessions;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountSessions(SessionRegistry sessions, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
    }

    /** Every session ends, and the account's API tokens are read again (so a disabled account's are refused). */
    void endAll(String username) {
        endAllBut(username, null);
        events.publishEvent(new ApiTokensChanged(username));
    }

    /**
     * After the caller changed their own password: their other sessions end, and the current one (if any) no
     * longer needs a password change.
     */
    public void passwordChanged(String username, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        endAllBut(username, session == null ? null : session.getId());
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!PasswordChangeRequired.required(current)) {
            return;
        }
        UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken.authenticated(
                current.getPrincipal(),
                null,
                current.getAuthorities().stream()
                        .filter(a -> !PasswordChangeRequired.AUTHORITY.equals(a.getAuthority()))
                        .toList());
        changed.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(changed);
        SecurityContextHolder.setContext(context);
        if (session != null) {
            contexts.saveContext(context, request, response);
        }
    }

    private void endAllBut(String username, String keep) {
        for (SessionInformation s : sessions.getAllSessions(username, false)) {
            if (!s.getSessionId().equals(keep)) {
                s.expireNow();
            }
        }
    }
}
