package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.Milestone;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A cohort's milestone list (none stored: the defaults) and the dates its regions reached them. */
@Repository
class MilestoneRepository {

    /** A milestone a region reached: when, with the note of who recorded it. */
    record Reached(
            String regionCode,
            int no,
            LocalDate reachedOn,
            String note,
            String recordedBy,
            OffsetDateTime recordedAt) {}

    private final JdbcClient jdbc;

    MilestoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Milestone> stored(long selection) {
        return jdbc.sql("select no, name, due_on from programme_milestone where selection_id = ? order by no")
                .param(selection)
                .query((rs, n) -> new Milestone(rs.getInt("no"), rs.getString("name"), date(rs, "due_on")))
                .list();
    }

    void replace(long selection, List<Milestone> milestones) {
        jdbc.sql("delete from programme_milestone where selection_id = ?")
                .param(selection)
                .update();
        for (Milestone m : milestones) {
            jdbc.sql("insert into programme_milestone (selection_id, no, name, due_on) values (?, ?, ?, ?)")
                    .params(selection, m.no(), m.name(), m.dueOn())
                    .update();
        }
    }

    /** The highest milestone number any region of the cohort reached (0: none). */
    int highestReached(long selection) {
        return jdbc.sql("select coalesce(max(no), 0) from programme_milestone_reached where selection_id = ?")
                .param(selection)
                .query(Integer.class)
                .single();
    }

    /** The milestones the cohort's regions reached; of one region when {@code region} is given. */
    List<Reached> reached(long selection, String region) {
        return jdbc.sql("select region_code, no, reached_on, note, recorded_by, recorded_at"
                        + " from programme_milestone_reached where selection_id = ?"
                        + " and (cast(? as text) is null or region_code = ?) order by region_code, no")
                .params(selection, region, region)
                .query(this::reached)
                .list();
    }

    void save(long selection, String region, int no, LocalDate reachedOn, String note, String by) {
        jdbc.sql("insert into programme_milestone_reached (selection_id, region_code, no, reached_on, note,"
                        + " recorded_by) values (?, ?, ?, ?, ?, ?) on conflict (selection_id, region_code, no) do"
                        + " update set reached_on = excluded.reached_on, note = excluded.note,"
                        + " recorded_by = excluded.recorded_by, recorded_at = now()")
                .params(selection, region, no, reachedOn, note, by)
                .update();
    }

    void clear(long selection, String region, int no) {
        jdbc.sql("delete from programme_milestone_reached where selection_id = ? and region_code = ? and no = ?")
                .params(selection, region, no)
                .update();
    }

    private Reached reached(ResultSet rs, int n) throws SQLException {
        return new Reached(
                rs.getString("region_code"),
                rs.getInt("no"),
                date(rs, "reached_on"),
                rs.getString("note"),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
