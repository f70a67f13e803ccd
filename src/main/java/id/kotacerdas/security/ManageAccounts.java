package id.kotacerdas.security;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.domain.AccountRules;
import id.kotacerdas.security.domain.ContactRules;
import id.kotacerdas.security.domain.PasswordPolicy;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.util.Collection;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as administrators and their owners manage them: create with a strong password, disable
 * (which ends the account's sessions) and enable, and change one's own password.
 */
@Service
public class ManageAccounts {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final RegionApi regions;
    private final AccountSessions sessions;
    private final AuditTrail audit;
    private final PasswordPolicy passwords = new PasswordPolicy();
    private static final String SYSTEM = "system";

    ManageAccounts(
            UserRepository users,
            PasswordEncoder encoder,
            RegionApi regions,
            AccountSessions sessions,
            AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.regions = regions;
        this.sessions = sessions;
        this.audit = audit;
    }

    public List<UserAccount> list() {
        return users.findAll();
    }

    /**
     * The accounts a form offers to assign as assessors (a panel's members, a masterplan's reviewers, a region's
     * mentors): every enabled assessor, and those already assigned even when disabled since, so that they can be
     * kept or removed.
     */
    public List<UserAccount> assessorChoices(Collection<String> assigned) {
        return users.findAll().stream()
                .filter(a -> (a.role() == Role.ASSESSOR && a.enabled()) || assigned.contains(a.username()))
                .toList();
    }

    public UserAccount get(String username) {
        return users.find(username)
                .map(UserRepository.StoredUser::account)
                .orElseThrow(() -> new NotFound("user.notFound", "No account " + username, username));
    }

    /** Whether the account still has a password someone else chose (it must change it first). */
    public boolean passwordChangeRequired(String username) {
        return users.find(username)
                .map(UserRepository.StoredUser::mustChangePassword)
                .orElse(false);
    }

    /** Creates an account on behalf of the system (start-up, fixtures); see {@link #create(NewAccount, String)}. */
    @Transactional
    public UserAccount create(NewAccount a) {
        return create(a, SYSTEM);
    }

    @Transactional
    public UserAccount create(NewAccount a, String actor) {
        String region = blankToNull(a.regionCode());
        AccountRules.check(a.username(), a.fullName(), a.role(), region, a.affiliation());
        if (region != null && regions.find(region).isEmpty()) {
            throw new InvalidInput("regionCode", "region.notFound", "No region " + region, region);
        }
        String email = ContactRules.email(a.email());
        String language = ContactRules.language(a.language());
        passwords.check(a.password(), a.username(), a.fullName());
        if (users.find(a.username()).isPresent()) {
            throw new Conflict("user.exists", "Account " + a.username() + " already exists", a.username());
        }
        UserAccount account = new UserAccount(
                a.username(),
                a.fullName().strip(),
                Role.valueOf(a.role()),
                region,
                blankToNull(a.affiliation()),
                true,
                email,
                language);
        users.insert(account, encoder.encode(a.password()));
        if (!SYSTEM.equals(actor)) {
            // an administrator chose the password: the owner replaces it at first sign-in
            users.requirePasswordChange(a.username());
        }
        audit.record(AuditEvent.by(actor, "ACCOUNT_CREATED")
                .inRegion(region)
                .about(a.username())
                .to(a.role()));
        return account;
    }

    /** Disabling ends every session of the account at once; the account can no longer sign in. */
    @Transactional
    public UserAccount setEnabled(String username, boolean enabled, String actor) {
        if (!enabled && username.equals(actor)) {
            throw new Conflict("user.disableSelf", "You cannot disable your own account");
        }
        if (!users.setEnabled(username, enabled)) {
            throw new NotFound("user.notFound", "No account " + username, username);
        }
        if (!enabled) {
            sessions.endAll(username);
        }
        audit.record(AuditEvent.by(actor, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED")
                .about(username));
        return get(username);
    }

    /**
     * Sets where the account's notices go: an e-mail address (empty: none, its notices are shown in the application
     * only) and their language. The account itself or an administrator.
     */
    @Transactional
    public UserAccount changeContact(String username, ContactChange change, String actor) {
        UserAccount before = get(username);
        String email = ContactRules.email(change.email());
        String language = ContactRules.language(change.language());
        users.setContact(username, email, language);
        audit.record(AuditEvent.by(actor, "ACCOUNT_CONTACT_CHANGED")
                .about(username)
                .from(contact(before.email(), before.language()))
                .to(contact(email, language)));
        return get(username);
    }

    private static String contact(String email, String language) {
        return (email == null ? "-" : email) + " (" + language + ")";
    }

    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        UserRepository.StoredUser stored = users.find(username)
                .orElseThrow(() -> new NotFound("user.notFound", "No account " + username, username));
        if (currentPassword == null || !encoder.matches(currentPassword, stored.passwordHash())) {
            throw new InvalidInput("currentPassword", "password.current.wrong", "The current password is wrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new InvalidInput("password", "password.unchanged", "The new password equals the current one");
        }
        passwords.check(newPassword, username, stored.account().fullName());
        users.setPasswordHash(username, encoder.encode(newPassword));
        audit.record(AuditEvent.by(username, "PASSWORD_CHANGED").about(username));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
