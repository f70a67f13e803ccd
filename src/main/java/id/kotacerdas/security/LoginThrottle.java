package id.kotacerdas.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: 5 failed sign-ins for one username, or 20 from one client address,
 * within 15 minutes block further attempts from that side until the window refills. A successful
 * sign-in clears the username's count. Counts are kept for at most 10,000 keys, the least recently used dropped
 * first, and for one window after their last use.
 */
@Component
class LoginThrottle {

    static final int FAILURES_PER_USER = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 10_000;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            .expireAfterAccess(WINDOW)
            .build();

    boolean blocked(String username, String address) {
        return empty(userKey(username)) || empty(addressKey(address));
    }

    void failed(String username, String address) {
        bucket(userKey(username), FAILURES_PER_USER).tryConsume(1);
        bucket(addressKey(address), FAILURES_PER_ADDRESS).tryConsume(1);
    }

    void succeeded(String username) {
        buckets.invalidate(userKey(username));
    }

    private boolean empty(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillIntervally(capacity, WINDOW)
                                .build())
                        .build());
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
