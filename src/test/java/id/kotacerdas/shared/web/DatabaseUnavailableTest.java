package id.kotacerdas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean the database is out of reach (503), and which are ordinary errors. */
class DatabaseUnavailableTest {

    @Test
    void no_connection_from_the_pool_is_an_outage() {
        assertThat(DatabaseUnavailable.causedBy(
                        new IllegalStateException(new CannotGetJdbcConnectionException("timeout"))))
                .isTrue();
    }

    /** Seen once in DatabaseOutageTest: the first request after a restart ran on a connection that had died. */
    @Test
    void a_rollback_that_failed_on_a_closed_connection_is_an_outage() {
        TransactionSystemException rollback = new TransactionSystemException(
                "JDBC rollback failed", new SQLException("Connection is closed", "08003"));
        rollback.initApplicationException(new IllegalStateException("the work failed"));

        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    }

    @Test
    void a_rollback_after_work_that_lost_the_database_is_an_outage() {
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("other", "XX000"));
        rollback.initApplicationException(new CannotGetJdbcConnectionException("gone"));

        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    }

    @Test
    void a_broken_rule_is_no_outage() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(
                        new TransactionSystemException("rollback failed", new SQLException("serialization", "40001"))))
                .isFalse();
    }
}
