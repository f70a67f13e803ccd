package id.kotacerdas.notification.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long the dispatcher waits after a failed attempt to send a notice: 1 minute, 5 minutes, 30 minutes, 2 hours;
 * the fifth failed attempt is the last (the notice is FAILED, an administrator may send it again).
 */
public final class RetrySchedule {

    public static final List<Duration> WAITS =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));

    /** Attempts in all, the first one included. */
    public static final int MAX_ATTEMPTS = WAITS.size() + 1;

    private RetrySchedule() {}

    /** The wait after the given number of failed attempts (1 for the first), empty when none is left. */
    public static Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failed attempts count from 1: " + failedAttempts);
        }
        return failedAttempts <= WAITS.size() ? Optional.of(WAITS.get(failedAttempts - 1)) : Optional.empty();
    }
}
