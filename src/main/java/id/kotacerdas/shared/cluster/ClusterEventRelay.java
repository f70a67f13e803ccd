package id.kotacerdas.shared.cluster;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends every {@link ClusterEvent} to the other instances and publishes theirs here. The notification is sent
 * with {@code pg_notify} in the publishing transaction, just before it commits: PostgreSQL delivers it to the
 * listeners when that transaction commits, and never when it rolls back, so another instance forgets its
 * cached copy exactly when the change becomes visible to it. An event published outside a transaction is sent
 * at once.
 */
@Component
public class ClusterEventRelay {

    static final String CHANNEL = "kc_cluster_events";

    private static final Logger log = LoggerFactory.getLogger(ClusterEventRelay.class);

    private final String instance = UUID.randomUUID().toString();
    private final ThreadLocal<Boolean> replaying = new ThreadLocal<>();
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ClusterEventRelay(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void send(ClusterEvent event) {
        if (replaying.get() != null) {
            return; // it came from another instance
        }
        jdbc.sql("select pg_notify(?, ?)")
                .params(CHANNEL, ClusterEventCodec.encode(instance, event))
                .query()
                .singleRow();
    }

    /** Publishes here an event another instance sent; this instance's own come back too and are ignored. */
    void replay(String payload) {
        ClusterEventCodec.decode(payload, getClass().getClassLoader())
                .filter(message -> !message.origin().equals(instance))
                .ifPresentOrElse(
                        message -> {
                            replaying.set(Boolean.TRUE);
                            try {
                                events.publishEvent(message.event());
                            } finally {
                                replaying.remove();
                            }
                        },
                        () -> log.debug("Ignored cluster notification {}", payload));
    }
}
