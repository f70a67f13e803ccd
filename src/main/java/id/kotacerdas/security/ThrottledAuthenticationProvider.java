package id.kotacerdas.security;

import java.time.Duration;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * Claims a slot of the login throttle before the password is checked (so parallel guesses cannot pass the
 * limit), keeps it when the password is wrong and gives it back otherwise.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Thrown while a limit is reached; answered with 429 on the API. */
    static final class Throttled extends LockedException {
        private final transient Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("Too many failed sign-ins; try again later");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return throttled(authentication);
        } catch (DataAccessException | TransactionException e) {
            // the database cannot count or check: say so (503), never "wrong password"
            throw new InternalAuthenticationServiceException("Sign-in cannot be checked now", e);
        }
    }

    private Authentication throttled(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        LoginThrottle.Attempt attempt = throttle.begin(authentication.getName(), address);
        if (attempt.refused()) {
            throw new Throttled(attempt.refusedBy().window());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            throttle.signedIn(attempt);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(attempt);
            throw e;
        } catch (RuntimeException e) {
            throttle.succeeded(attempt);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
