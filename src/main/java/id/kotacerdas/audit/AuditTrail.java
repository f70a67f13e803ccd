package id.kotacerdas.audit;

import java.time.OffsetDateTime;
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

    public void record(
            String actor,
            Integer year,
            String regionCode,
            String action,
            String subject,
            String oldValue,
            String newValue) {
        jdbc.sql("""
                        insert into audit_event (actor, year, region_code, action, subject, old_value, new_value)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(actor, year, regionCode, action, subject, oldValue, newValue)
                .update();
    }

    /** The newest changes first, at most 1,000, optionally of one region and one period. */
    public List<AuditEntry> find(String regionCode, Integer year) {
        return jdbc.sql("""
                        select * from audit_event
                        where (cast(? as varchar) is null or region_code = ?)
                          and (cast(? as integer) is null or year = ?)
                        order by id desc limit ?
                        """)
                .params(regionCode, regionCode, year, year, MAX_ROWS)
                .query((rs, i) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("happened_at", OffsetDateTime.class),
                        rs.getString("actor"),
                        (Integer) rs.getObject("year"),
                        rs.getString("region_code"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }
}
