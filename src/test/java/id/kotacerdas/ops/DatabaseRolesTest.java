package id.kotacerdas.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.kotacerdas.shared.db.EmbeddedDatabase;
import id.kotacerdas.support.IntegrationTest;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application connects as a role that owns no table and is no superuser: whatever a flaw in the
 * application lets through, it cannot switch the audit trail's triggers off, change its table, empty it or
 * rewrite it. Each statement runs in a transaction that is rolled back, so a guard that fails leaves the shared
 * database as it was.
 */
@IntegrationTest
class DatabaseRolesTest {

    /** PostgreSQL's insufficient_privilege (42501) and "must be owner" (42501 as well). */
    private static final String NO_PRIVILEGE = "42501";
    /** raise exception in the audit trail's trigger. */
    private static final String RAISED = "P0001";

    @Autowired
    DataSource application;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void the_application_role_is_no_superuser_and_owns_no_table() {
        JdbcTemplate jdbc = new JdbcTemplate(application);
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_tables where tableowner = current_user", Integer.class))
                .isZero();
    }

    @Test
    void the_application_role_cannot_switch_the_audit_trigger_off() {
        assertThat(stateOf(application, "alter table audit_event disable trigger audit_event_no_change"))
                .isEqualTo(NO_PRIVILEGE);
    }

    @Test
    void the_application_role_cannot_alter_the_audit_table() {
        assertThat(stateOf(application, "alter table audit_event add column note text"))
                .isEqualTo(NO_PRIVILEGE);
    }

    @Test
    void the_application_role_cannot_truncate_the_audit_trail() {
        assertThat(stateOf(application, "truncate audit_event")).isEqualTo(NO_PRIVILEGE);
    }

    @Test
    void the_application_role_may_not_update_or_delete_audit_entries() {
        assertThat(stateOf(application, "update audit_event set actor = 'someone else'"))
                .isEqualTo(NO_PRIVILEGE);
        assertThat(stateOf(application, "delete from audit_event")).isEqualTo(NO_PRIVILEGE);
    }

    @Test
    void the_application_role_still_appends_to_the_audit_trail() {
        assertThat(stateOf(application, "insert into audit_event (actor, action) values ('test', 'roles.checked')"))
                .isNull();
    }

    @Test
    void not_even_the_owner_can_truncate_the_audit_trail() {
        assertThat(stateOf(database.ownerDataSource(), "truncate audit_event")).isEqualTo(RAISED);
    }

    /** The SQL state the statement failed with, null when it ran; rolled back either way. */
    private static String stateOf(DataSource dataSource, String statement) {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        Throwable failure = catchThrowable(() -> transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            new JdbcTemplate(dataSource).execute(statement);
        }));
        if (failure == null) {
            return null;
        }
        Throwable cause = failure;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a database error, not " + failure).isNotNull();
        return ((SQLException) cause).getSQLState();
    }
}
