package id.kotacerdas.security;

import id.kotacerdas.shared.cluster.SingleInstanceJobs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a guesser lock the owner out. Every attempt first claims a slot
 * in each of three counters, atomically in PostgreSQL (so parallel guesses cannot overtake the check, and every
 * instance shares the counts); a correct password gives its slots back, a wrong one keeps them:
 * <ul>
 *   <li>5 failures per username and address in 15 minutes: the guesser's own address is blocked, the owner
 *       signing in from another address is not;
 *   <li>20 failures per address in 15 minutes, across usernames (password spraying);
 *   <li>100 failures per username in 24 hours from all addresses together: a ceiling against guessing from
 *       many addresses.
 * </ul>
 */
@Component
class LoginThrottle {

    record Limit(String name, int failures, Duration window) {}

    static final Limit PER_USER_AND_ADDRESS = new Limit("username+address", 5, Duration.ofMinutes(15));
    static final Limit PER_ADDRESS = new Limit("address", 20, Duration.ofMinutes(15));
    static final Limit PER_USER = new Limit("username", 100, Duration.ofHours(24));

    /** The slots one attempt holds; {@code refusedBy} is set when a limit was already reached. */
    record Attempt(String username, String address, List<String> claimed, Limit refusedBy, List<Limit> lastSlot) {
        boolean refused() {
            return refusedBy != null;
        }
    }

    private final JdbcClient jdbc;
    private final SecurityEvents events;
    private final SingleInstanceJobs jobs;

    LoginThrottle(JdbcClient jdbc, SecurityEvents events, SingleInstanceJobs jobs) {
        this.jdbc = jdbc;
        this.events = events;
        this.jobs = jobs;
    }

    /** Claims a slot in each counter; when one is full, gives back those claimed and refuses the attempt. */
    Attempt begin(String username, String address) {
        String user = username == null ? "" : username.toLowerCase(Locale.ROOT);
        String from = address == null ? "" : address;
        List<String> claimed = new ArrayList<>();
        List<Limit> lastSlot = new ArrayList<>();
        for (Limit limit : List.of(PER_USER_AND_ADDRESS, PER_ADDRESS, PER_USER)) {
            String key = key(limit, user, from);
            Integer attempts = claim(key, limit);
            if (attempts == null) {
                claimed.forEach(this::giveBack);
                return new Attempt(user, from, List.of(), limit, List.of());
            }
            claimed.add(key);
            if (attempts == limit.failures()) {
                lastSlot.add(limit);
            }
        }
        return new Attempt(user, from, claimed, null, lastSlot);
    }

    /** A wrong password keeps its slots; the failure that fills a counter is recorded as the start of a block. */
    void failed(Attempt attempt) {
        events.signInFailed(attempt.username(), attempt.address());
        for (Limit limit : attempt.lastSlot()) {
            events.signInLocked(attempt.username(), attempt.address(), limit.name(), limit.window());
        }
    }

    /** Not a wrong password (signed in, or refused for another reason): the slots are given back. */
    void succeeded(Attempt attempt) {
        attempt.claimed().forEach(this::giveBack);
    }

    /** Clears the failures of this username from this address, once it signed in from there. */
    void signedIn(Attempt attempt) {
        jdbc.sql("delete from login_attempt where key = ?")
                .param(key(PER_USER_AND_ADDRESS, attempt.username(), attempt.address()))
                .update();
    }

    private static String key(Limit limit, String user, String address) {
        if (limit == PER_USER_AND_ADDRESS) {
            return "ua:" + user + "|" + address;
        }
        return limit == PER_ADDRESS ? "a:" + address : "u:" + user;
    }

    /**
     * One statement, so atomic: a new window starts at 1; within the window the count goes up only while under
     * the limit. No row back means the limit is reached.
     */
    Integer claim(String key, Limit limit) {
        return jdbc.sql("""
                        insert into login_attempt (key, window_start, attempts) values (:key, now(), 1)
                        on conflict (key) do update set
                            attempts = case when login_attempt.window_start <= now() - make_interval(secs => :window)
                                            then 1 else login_attempt.attempts + 1 end,
                            window_start = case when login_attempt.window_start <= now() - make_interval(secs => :window)
                                                then now() else login_attempt.window_start end
                        where login_attempt.window_start <= now() - make_interval(secs => :window)
                           or login_attempt.attempts < :limit
                        returning attempts
                        """)
                .param("key", key)
                .param("window", (double) limit.window().toSeconds())
                .param("limit", limit.failures())
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    private void giveBack(String key) {
        jdbc.sql("update login_attempt set attempts = attempts - 1 where key = ? and attempts > 0")
                .param(key)
                .update();
    }

    /** Counters whose longest window has passed hold nothing any more (one instance at a time). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldCounts() {
        jobs.runAlone(
                "login-attempts-purge",
                () -> jdbc.sql("delete from login_attempt where window_start < now() - make_interval(secs => ?)")
                        .param((double) PER_USER.window().toSeconds())
                        .update());
    }
}
