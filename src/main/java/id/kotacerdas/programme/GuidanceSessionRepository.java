package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.Attendance;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Guidance sessions and their attendance (region names are the caller's to add). */
@Repository
class GuidanceSessionRepository {

    private static final String SESSION = "select id, held_on, topic, place, online, facilitator, recorded_by,"
            + " recorded_at from programme_guidance_session";

    private final JdbcClient jdbc;

    GuidanceSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(LocalDate heldOn, String topic, String place, boolean online, String facilitator, String by) {
        return jdbc.sql("insert into programme_guidance_session (held_on, topic, place, online, facilitator,"
                        + " recorded_by) values (?, ?, ?, ?, ?, ?) returning id")
                .params(heldOn, topic, place, online, facilitator, by)
                .query(Long.class)
                .single();
    }

    void attend(long session, Attendance a) {
        jdbc.sql("insert into programme_guidance_attendance (session_id, region_code, attendees, headcount)"
                        + " values (?, ?, ?, ?)")
                .params(session, a.regionCode(), a.attendees(), a.headcount())
                .update();
    }

    Optional<GuidanceSessionView> find(long id) {
        return jdbc.sql(SESSION + " where id = ?")
                .param(id)
                .query(this::session)
                .optional()
                .map(s -> s.with(regions(List.of(id)).getOrDefault(id, List.of()), List.of()));
    }

    /** Locks the session's row until the transaction ends (two uploads cannot both pass its limit). */
    void lock(long id) {
        jdbc.sql("select id from programme_guidance_session where id = ? for no key update")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** The sessions held in the year (every year when null), the latest first, with their attendance. */
    List<GuidanceSessionView> held(Integer year) {
        List<GuidanceSessionView> sessions = jdbc.sql(SESSION
                        + " where cast(? as int) is null or extract(year from held_on) = ? order by held_on desc, id"
                        + " desc")
                .params(year, year)
                .query(this::session)
                .list();
        Map<Long, List<GuidanceSessionView.Region>> regions =
                regions(sessions.stream().map(GuidanceSessionView::id).toList());
        return sessions.stream()
                .map(s -> s.with(regions.getOrDefault(s.id(), List.of()), List.of()))
                .toList();
    }

    /** The ids of the sessions the region attended. */
    List<Long> attendedBy(String region) {
        return jdbc.sql("select session_id from programme_guidance_attendance where region_code = ?")
                .param(region)
                .query(Long.class)
                .list();
    }

    private Map<Long, List<GuidanceSessionView.Region>> regions(List<Long> sessions) {
        Map<Long, List<GuidanceSessionView.Region>> by = new LinkedHashMap<>();
        if (sessions.isEmpty()) {
            return by;
        }
        jdbc.sql("select session_id, region_code, attendees, headcount from programme_guidance_attendance"
                        + " where session_id = any (?) order by region_code")
                .param(sessions.toArray(Long[]::new))
                .query(rs -> {
                    Attendance a = new Attendance(
                            rs.getString("region_code"),
                            rs.getString("attendees"),
                            rs.getObject("headcount", Integer.class));
                    by.computeIfAbsent(rs.getLong("session_id"), k -> new ArrayList<>())
                            .add(new GuidanceSessionView.Region(
                                    a.regionCode(), null, a.attendees(), a.headcount(), a.count()));
                });
        return by;
    }

    private GuidanceSessionView session(ResultSet rs, int n) throws SQLException {
        return new GuidanceSessionView(
                rs.getLong("id"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("topic"),
                rs.getString("place"),
                rs.getBoolean("online"),
                rs.getString("facilitator"),
                List.of(),
                List.of(),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
