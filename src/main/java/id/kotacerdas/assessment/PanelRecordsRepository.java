package id.kotacerdas.assessment;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interviews, consultation notes and findings of a region in a period. */
@Repository
class PanelRecordsRepository {

    record StoredFinding(long id, String kind, String text, String assessor, OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;

    PanelRecordsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Mapped by hand: the assessors present are stored as one comma-separated text. */
    Optional<InterviewView> interview(int year, String region) {
        return jdbc.sql("select * from interview where year = ? and region_code = ?")
                .params(year, region)
                .query((rs, i) -> new InterviewView(
                        year,
                        region,
                        rs.getObject("scheduled_at", OffsetDateTime.class),
                        rs.getString("meeting_link"),
                        rs.getBoolean("held"),
                        (Boolean) rs.getObject("region_attended"),
                        split(rs.getString("assessors_present"))))
                .optional();
    }

    void schedule(int year, String region, OffsetDateTime at, String link) {
        jdbc.sql("""
                        insert into interview (year, region_code, scheduled_at, meeting_link) values (?, ?, ?, ?)
                        on conflict (year, region_code) do update
                        set scheduled_at = excluded.scheduled_at, meeting_link = excluded.meeting_link
                        """).params(year, region, at, link).update();
    }

    void recordAttendance(int year, String region, boolean regionAttended, List<String> assessors) {
        jdbc.sql("""
                        update interview set held = true, region_attended = ?, assessors_present = ?
                        where year = ? and region_code = ?
                        """)
                .params(regionAttended, String.join(",", assessors), year, region)
                .update();
    }

    void addNote(int year, String region, String author, String note) {
        jdbc.sql("insert into consultation_note (year, region_code, author, note) values (?, ?, ?, ?)")
                .params(year, region, author, note)
                .update();
    }

    List<ConsultationNoteView> notes(int year, String region) {
        return jdbc.sql("""
                        select id, author, note, created_at as createdAt from consultation_note
                        where year = ? and region_code = ? order by id
                        """)
                .params(year, region)
                .query(ConsultationNoteView.class)
                .list();
    }

    long addFinding(int year, String region, String assessor, String kind, String text) {
        return jdbc.sql("""
                        insert into finding (year, region_code, assessor, kind, text) values (?, ?, ?, ?, ?)
                        returning id
                        """)
                .params(year, region, assessor, kind, text)
                .query(Long.class)
                .single();
    }

    List<StoredFinding> findings(int year, String region) {
        return jdbc.sql("""
                        select id, kind, text, assessor, created_at as createdAt from finding
                        where year = ? and region_code = ? order by kind, id
                        """).params(year, region).query(StoredFinding.class).list();
    }

    boolean deleteFinding(long id, int year, String region, String assessor) {
        return jdbc.sql("delete from finding where id = ? and year = ? and region_code = ? and assessor = ?")
                        .params(id, year, region, assessor)
                        .update()
                == 1;
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(","));
    }
}
