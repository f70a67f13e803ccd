package id.kotacerdas.survey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kotacerdas.shared.domain.TooManyRequests;
import id.kotacerdas.survey.domain.AddressGroup;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the public survey, per address group (an IPv4 address or an IPv6 /64: generous, many people
 * share one address on mobile networks): forms handed out, and submissions; and per form token (attempts with
 * one form). Every attempt counts, accepted or not. Buckets live in this instance's memory for at most 200,000
 * keys, the least recently used dropped first, and an hour after their last use (when they are full again). The
 * limit that holds across instances is the form token: each is used once, and forms are limited here.
 */
@Component
class SurveyThrottle {

    private static final int MAX_KEYS = 200_000;

    private final int perAddressPerMinute;
    private final int formsPerAddressPerMinute;
    private final int perToken;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    SurveyThrottle(
            @Value("${kc.survey.limits.per-address-per-minute:30}") int perAddressPerMinute,
            @Value("${kc.survey.limits.forms-per-address-per-minute:60}") int formsPerAddressPerMinute,
            @Value("${kc.survey.limits.attempts-per-token:5}") int perToken) {
        this.perAddressPerMinute = perAddressPerMinute;
        this.formsPerAddressPerMinute = formsPerAddressPerMinute;
        this.perToken = perToken;
    }

    /** Counts one form handed out; TooManyRequests when the address group is over its limit. */
    void form(String address) {
        take("f:" + AddressGroup.of(address), formsPerAddressPerMinute, Duration.ofMinutes(1));
    }

    /** Counts one submission; TooManyRequests when the address group or the token is over its limit. */
    void attempt(String address, String formToken) {
        take("a:" + AddressGroup.of(address), perAddressPerMinute, Duration.ofMinutes(1));
        if (formToken != null && !formToken.isBlank()) {
            take("t:" + formToken, perToken, Duration.ofHours(1));
        }
    }

    private void take(String key, int capacity, Duration window) {
        Bucket bucket = buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, window)
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new TooManyRequests(
                    "survey.tooMany", "Too many survey requests from this " + kind(key.charAt(0)), seconds);
        }
    }

    private static String kind(char prefix) {
        return switch (prefix) {
            case 'f' -> "address (forms)";
            case 't' -> "form";
            default -> "address";
        };
    }
}
