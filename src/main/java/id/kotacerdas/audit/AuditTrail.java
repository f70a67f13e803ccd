package id.kotacerdas.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audit module's facade: an append-only record of changes (the table refuses updates and deletes),
 * written in the same transaction as the change it describes.
 */
@Service
public class AuditTrail {

    private static final int MAX_ROWS = 1000;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the event, in the caller's transaction. */
    public void record(AuditEvent e) {
        jdbc.sql("""
                        insert into audit_event (actor, year, region_code, action, subject, old_value, new_value)
                        values (:actor, :year, :regionCode, :action, :subject, :oldValue, :newValue)
                        """).paramSource(e).update();
    }

    /** The newest changes first, at most 1,000, optionally of one region and one period. */
    public List<AuditEntry> find(String regionCode, Integer year) {
        return jdbc.sql("""
                        select id, happened_at as happenedAt, actor, year, region_code as regionCode, action, subject,
                               old_value as oldValue, new_value as newValue
                        from audit_event
                        where (cast(? as varchar) is null or region_code = ?)
                          and (cast(? as integer) is null or year = ?)
                        order by id desc limit ?
                        """)
                .params(regionCode, regionCode, year, year, MAX_ROWS)
                .query(AuditEntry.class)
                .list();
    }
}
