package id.kotacerdas.monitoring;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MonitoringReportRepository {

    private final JdbcClient jdbc;

    MonitoringReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest version saved for the year (semester null) or semester. */
    Optional<SavedReport> latest(long plan, int year, Integer semester) {
        return jdbc.sql("select version, conclusions, reason, saved_by, saved_at from monitoring_report"
                        + " where masterplan_id = ? and year = ? and semester = ? order by version desc limit 1")
                .params(plan, year, semester(semester))
                .query((rs, n) -> new SavedReport(
                        rs.getInt("version"),
                        texts(rs.getArray("conclusions")),
                        rs.getString("reason"),
                        rs.getString("saved_by"),
                        rs.getObject("saved_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Whether any report (of a year or a semester) was saved for one of these years. */
    boolean reportedAny(long plan, Collection<Integer> years) {
        return !years.isEmpty()
                && jdbc.sql("select exists (select 1 from monitoring_report where masterplan_id = ? and year = any(?))")
                        .params(plan, years.toArray(Integer[]::new))
                        .query(Boolean.class)
                        .single();
    }

    /** Whether a report freezes this figure: one of its semester, or of its whole year. */
    boolean frozen(long plan, int year, Integer semester) {
        return jdbc.sql("select count(*) from monitoring_report where masterplan_id = ? and year = ?"
                                + " and semester in (0, ?)")
                        .params(plan, year, semester(semester))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Saves the next version; the primary key refuses two saves of the same version at once. */
    void save(long plan, int year, Integer semester, int version, List<String> conclusions, String reason, String by) {
        jdbc.sql("insert into monitoring_report (masterplan_id, year, semester, version, conclusions, reason,"
                        + " saved_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(plan, year, semester(semester), version, conclusions.toArray(String[]::new), reason, by)
                .update();
    }

    private static int semester(Integer semester) {
        return semester == null ? 0 : semester;
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
