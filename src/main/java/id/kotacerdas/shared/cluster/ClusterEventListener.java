package id.kotacerdas.shared.cluster;

import id.kotacerdas.shared.cache.DerivedCaches;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One connection per instance that {@code LISTEN}s for the other instances' {@link ClusterEvent}s and hands them
 * to {@link ClusterEventRelay}. When the connection is lost it reconnects (backing off up to 10 s); every time it
 * (re)connects it first forgets every {@link id.kotacerdas.shared.cache.DerivedCache}, since notifications sent
 * while it was away are lost. An idle connection is checked every 10 s, so a silently dropped one is noticed.
 */
@Component
public class ClusterEventListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterEventListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final int CHECK_EVERY_WAITS = 20;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final ClusterEventRelay relay;
    private final DerivedCaches caches;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean running;
    private volatile int backendPid;
    private Thread thread;

    ClusterEventListener(DataSource dataSource, ClusterEventRelay relay, DerivedCaches caches) {
        this.dataSource = dataSource;
        this.relay = relay;
        this.caches = caches;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listenWhileRunning, "kc-cluster-events");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2 * WAIT_MILLIS + 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** How many times the listener has connected (1 after start, more after reconnections). */
    public int connections() {
        return connections.get();
    }

    /** The process id of the listening connection's backend, 0 while not connected. */
    public int backendPid() {
        return backendPid;
    }

    private void listenWhileRunning() {
        long backoff = WAIT_MILLIS;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
                backoff = WAIT_MILLIS;
            } catch (SQLException | RuntimeException e) {
                backendPid = 0;
                if (!running) {
                    return;
                }
                log.warn("Cluster event listener lost its connection, retrying in {} ms: {}", backoff, e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + ClusterEventRelay.CHANNEL);
            backendPid = postgres.getBackendPID();
            caches.forgetAll(); // whatever was sent before this point is lost
            if (connections.incrementAndGet() > 1) {
                log.info("Cluster event listener reconnected; every cache was forgotten");
            }
            int idle = 0;
            while (running) {
                PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                if (notifications == null || notifications.length == 0) {
                    if (++idle % CHECK_EVERY_WAITS == 0) {
                        statement.execute("select 1");
                    }
                    continue;
                }
                for (PGNotification notification : notifications) {
                    relay.replay(notification.getParameter());
                }
            }
        }
    }
}
