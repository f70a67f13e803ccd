package id.kotacerdas.security;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refusals in the audit trail: failed sign-ins, a sign-in limit reached (once per window, not every throttled
 * attempt), and 403s. Each is written in a transaction of its own, so it stays even when the refused request's
 * transaction rolls back.
 */
@Component
class SecurityEvents {

    static final String ANONYMOUS = "anonymous";

    private final AuditTrail audit;

    SecurityEvents(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInFailed(String username, String address) {
        audit.record(AuditEvent.by(ANONYMOUS, "SIGN_IN_FAILED").about(username).to(address));
    }

    /** A limit was reached: further attempts of that kind are refused, unrecorded, until the window ends. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInLocked(String username, String address, String limit, Duration window) {
        audit.record(AuditEvent.by(ANONYMOUS, "SIGN_IN_THROTTLED")
                .about(username)
                .from(address)
                .to(limit + " for " + window.toMinutes() + " min"));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void accessDenied(String actor, String what) {
        audit.record(AuditEvent.by(actor == null ? ANONYMOUS : actor, "ACCESS_DENIED")
                .about(what));
    }
}
