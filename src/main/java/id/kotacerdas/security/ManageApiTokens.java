package id.kotacerdas.security;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.Forbidden;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for machine clients, managed by the account itself or an administrator: created (shown once,
 * kept as SHA-256), listed, revoked; creation and revocation are audited.
 */
@Service
public class ManageApiTokens {

    static final String PREFIX = "kct_";
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final ApplicationEventPublisher events;
    private final UserRepository users;
    private final AuditTrail audit;

    ManageApiTokens(
            ApiTokenRepository tokens, ApplicationEventPublisher events, UserRepository users, AuditTrail audit) {
        this.tokens = tokens;
        this.events = events;
        this.users = users;
        this.audit = audit;
    }

    public List<ApiToken> list(Actor actor, String username) {
        ensureManages(actor, username);
        return tokens.active(username);
    }

    @Transactional
    public IssuedApiToken create(Actor actor, String username, NewApiToken request) {
        ensureManages(actor, username);
        String name = request.name() == null ? "" : request.name().strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInput("name", "token.name.invalid", "Token name: 1–64 lower-case letters, digits, . _ -");
        }
        TokenScope scope = scope(request.scope());
        int days = request.days() == null ? DEFAULT_DAYS : request.days();
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInput("days", "token.days.invalid", "A token lasts 1 to 365 days", MAX_DAYS);
        }
        if (tokens.exists(username, name)) {
            throw new Conflict("token.exists", "A token named " + name + " exists", name);
        }
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random());
        var expires = tokens.insert(username, name, hash(token), scope, days, actor.username());
        audit.record(AuditEvent.by(actor.username(), "TOKEN_CREATED")
                .about(username + "/" + name)
                .to(scope + " until " + expires.toLocalDate()));
        return new IssuedApiToken(name, scope, expires, token);
    }

    @Transactional
    public void revoke(Actor actor, String username, String name) {
        ensureManages(actor, username);
        if (!tokens.revoke(username, name)) {
            throw new NotFound("token.notFound", "No token " + name, name);
        }
        events.publishEvent(new ApiTokensChanged(username));
        audit.record(AuditEvent.by(actor.username(), "TOKEN_REVOKED").about(username + "/" + name));
    }

    /** The account itself, or an administrator for an existing account. */
    private void ensureManages(Actor actor, String username) {
        if (!actor.is(username) && !actor.isAdmin()) {
            throw new Forbidden("security.forbidden", actor.username() + " may not manage tokens of " + username);
        }
        if (users.find(username).isEmpty()) {
            throw new NotFound("user.notFound", "No account " + username, username);
        }
    }

    private static TokenScope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return TokenScope.READ_ONLY;
        }
        try {
            return TokenScope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("scope", "token.scope.invalid", "The scope is READ_ONLY or READ_WRITE");
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
