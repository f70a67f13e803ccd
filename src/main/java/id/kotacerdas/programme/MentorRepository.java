package id.kotacerdas.programme;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mentor assignments, current and removed; names and affiliations come from the accounts (security). */
@Repository
class MentorRepository {

    private static final String COLUMNS = "select id, selection_id, region_code, username, from_on, to_on,"
            + " assigned_by, assigned_at, removed_by, removed_at from programme_mentor";

    /** Mentoring that counts today: not removed, and not ended before today. */
    private static final String ACTIVE = " removed_at is null and (to_on is null or to_on >= ?)";

    private final JdbcClient jdbc;

    MentorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long selection, String region, MentorInput m, String by) {
        jdbc.sql("insert into programme_mentor (selection_id, region_code, username, from_on, to_on, assigned_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(selection, region, m.username(), m.from(), m.to(), by)
                .update();
    }

    void remove(long id, String by) {
        jdbc.sql("update programme_mentor set removed_by = ?, removed_at = now() where id = ? and removed_at is null")
                .params(by, id)
                .update();
    }

    /** The region's assignments in the cohort, current first, then by when they were made. */
    List<MentorAssignment> of(long selection, String region) {
        return jdbc.sql(COLUMNS + " where selection_id = ? and region_code = ?"
                        + " order by removed_at is not null, assigned_at, id")
                .params(selection, region)
                .query(this::row)
                .list();
    }

    /** Every assignment of the cohort, current and removed, by region. */
    List<MentorAssignment> ofSelection(long selection) {
        return jdbc.sql(COLUMNS + " where selection_id = ? order by region_code, removed_at is not null, assigned_at")
                .param(selection)
                .query(this::row)
                .list();
    }

    /** The account's assignments that count today, in every cohort. */
    List<MentorAssignment> activeOf(String username, LocalDate today) {
        return jdbc.sql(COLUMNS + " where username = ? and" + ACTIVE + " order by region_code, selection_id")
                .params(username, today)
                .query(this::row)
                .list();
    }

    boolean isMentor(String username, String region, LocalDate today) {
        return jdbc.sql("select exists (select 1 from programme_mentor where username = ? and region_code = ? and"
                        + ACTIVE + ")")
                .params(username, region, today)
                .query(Boolean.class)
                .single();
    }

    boolean isMentor(String username, long selection, String region, LocalDate today) {
        return jdbc.sql("select exists (select 1 from programme_mentor where username = ? and selection_id = ?"
                        + " and region_code = ? and" + ACTIVE + ")")
                .params(username, selection, region, today)
                .query(Boolean.class)
                .single();
    }

    private MentorAssignment row(ResultSet rs, int n) throws SQLException {
        return new MentorAssignment(
                rs.getLong("id"),
                rs.getLong("selection_id"),
                rs.getString("region_code"),
                rs.getString("username"),
                null,
                null,
                date(rs, "from_on"),
                date(rs, "to_on"),
                rs.getString("assigned_by"),
                rs.getObject("assigned_at", OffsetDateTime.class),
                rs.getString("removed_by"),
                rs.getObject("removed_at", OffsetDateTime.class));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
