package id.kotacerdas.survey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kotacerdas.shared.domain.TooManyRequests;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limits of survey submissions, per client address (generous: many people share one address on mobile
 * networks) and per device cookie. Every attempt counts, accepted or not. Buckets live in memory for at most
 * 100,000 keys, the least recently used dropped first, and an hour after their last use (when they are full again).
 */
@Component
class SurveyThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int perAddressPerMinute;
    private final int perDevicePerHour;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    SurveyThrottle(
            @Value("${kc.survey.limits.per-address-per-minute:30}") int perAddressPerMinute,
            @Value("${kc.survey.limits.per-device-per-hour:12}") int perDevicePerHour) {
        this.perAddressPerMinute = perAddressPerMinute;
        this.perDevicePerHour = perDevicePerHour;
    }

    /** Counts one attempt; TooManyRequests when the address or the device is over its limit. */
    void attempt(String address, String device) {
        take("a:" + address, perAddressPerMinute, Duration.ofMinutes(1));
        if (device != null && !device.isBlank()) {
            take("d:" + device, perDevicePerHour, Duration.ofHours(1));
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
                    "survey.tooMany", "Too many survey submissions from this " + key.charAt(0), seconds);
        }
    }
}
