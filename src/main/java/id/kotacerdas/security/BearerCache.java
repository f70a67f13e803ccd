package id.kotacerdas.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Valid API tokens, by their SHA-256, for {@link #TTL} after they were read: a repeated call costs a hash and a
 * map lookup instead of a database read. Revoking a token, or disabling or ending the sessions of its account,
 * forgets the account's tokens here at once and, through {@link ApiTokensChanged}, on every other instance when
 * the change commits. Expiry is checked on every use. Unknown tokens are not kept.
 */
@Component
class BearerCache {

    static final Duration TTL = Duration.ofSeconds(10);

    /** A token as read, and when its last use was last written. */
    record Entry(ApiTokenRepository.Bearer bearer, AtomicReference<OffsetDateTime> lastUseWritten) {}

    private final ApiTokenRepository tokens;
    private final Cache<String, Entry> valid =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(TTL).build();

    BearerCache(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    Optional<ApiTokenRepository.Bearer> find(String hash) {
        Entry entry = valid.getIfPresent(hash);
        if (entry == null) {
            entry = tokens.bearer(hash)
                    .map(b -> new Entry(b, new AtomicReference<>(b.lastUsedAt())))
                    .orElse(null);
            if (entry == null) {
                return Optional.empty();
            }
            valid.put(hash, entry);
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (!entry.bearer().expiresAt().isAfter(now)) {
            valid.invalidate(hash);
            return Optional.empty();
        }
        OffsetDateTime written = entry.lastUseWritten().get();
        if ((written == null || written.isBefore(now.minus(BearerTokens.LAST_USE_PRECISION)))
                && entry.lastUseWritten().compareAndSet(written, now)) {
            tokens.used(entry.bearer().id());
        }
        return Optional.of(entry.bearer());
    }

    /** The account's tokens are read again at their next use (revoked, disabled), on every instance. */
    @EventListener
    void forget(ApiTokensChanged changed) {
        forget(changed.username());
    }

    private void forget(String username) {
        valid.asMap().values().removeIf(e -> e.bearer().username().equals(username));
    }
}
