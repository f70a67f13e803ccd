package id.kotacerdas.shared.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The start-up work (the seeders: region registry, admin account, the 2024 instrument, demo data) runs on one
 * instance at a time: the first runner takes a PostgreSQL session advisory lock on a connection of its own and
 * the last one lets it go. Two instances started together on an empty database would otherwise both find it
 * empty and both insert. An instance that dies while holding it loses its connection, and the lock with it.
 */
@Configuration(proxyBeanMethods = false)
class StartupLock {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** Two-key lock ("KS", 0), apart from {@link SingleInstanceJobs}' ("KC", job). */
    private static final String LOCK = "select pg_advisory_lock(19283, 0)";

    private static final String UNLOCK = "select pg_advisory_unlock(19283, 0)";

    private Connection holder;

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner takeStartupLock(DataSource dataSource) {
        return args -> {
            try {
                holder = dataSource.getConnection();
                holder.setAutoCommit(true);
                try (Statement statement = holder.createStatement()) {
                    statement.execute(LOCK);
                }
            } catch (SQLException e) {
                throw new CannotGetJdbcConnectionException("Could not take the start-up lock", e);
            }
        };
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner releaseStartupLock() {
        return args -> {
            if (holder == null) {
                return;
            }
            try (Connection connection = holder;
                    Statement statement = connection.createStatement()) {
                statement.execute(UNLOCK);
            } catch (SQLException e) {
                log.warn("Could not release the start-up lock (it goes with the connection): {}", e.getMessage());
            } finally {
                holder = null;
            }
        };
    }
}
