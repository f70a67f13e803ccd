package id.kotacerdas.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PanelRepository {

    record StoredScore(int no, String assessor, int score, String note, int version) {}

    private final JdbcClient jdbc;

    PanelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> members(int year, String region) {
        return jdbc.sql("select assessor from panel_member where year = ? and region_code = ? order by assessor")
                .params(year, region)
                .query(String.class)
                .list();
    }

    boolean isMember(String assessor, int year, String region) {
        return exists("panel_member", assessor, year, region);
    }

    /** Locks the assessor's panel seat, so their scoring and their submission never interleave. */
    void lockMember(int year, String region, String assessor) {
        jdbc.sql("select assessor from panel_member where year = ? and region_code = ? and assessor = ? for update")
                .params(year, region, assessor)
                .query(String.class)
                .optional();
    }

    void addMember(int year, String region, String assessor) {
        jdbc.sql("insert into panel_member (year, region_code, assessor) values (?, ?, ?) on conflict do nothing")
                .params(year, region, assessor)
                .update();
    }

    void removeMember(int year, String region, String assessor) {
        jdbc.sql("delete from panel_member where year = ? and region_code = ? and assessor = ?")
                .params(year, region, assessor)
                .update();
    }

    boolean hasScores(int year, String region, String assessor) {
        return exists("assessor_score", assessor, year, region);
    }

    List<StoredScore> scores(int year, String region) {
        return jdbc.sql("""
                        select question_no as no, assessor, score, note, version from assessor_score
                        where year = ? and region_code = ? order by question_no, assessor
                        """).params(year, region).query(StoredScore.class).list();
    }

    Optional<StoredScore> score(int year, String region, int no, String assessor) {
        return jdbc.sql("""
                        select question_no as no, assessor, score, note, version from assessor_score
                        where year = ? and region_code = ? and question_no = ? and assessor = ? for update
                        """)
                .params(year, region, no, assessor)
                .query(StoredScore.class)
                .optional();
    }

    void saveScore(int year, String region, int no, String assessor, int score, String note) {
        jdbc.sql("""
                        insert into assessor_score (year, region_code, question_no, assessor, score, note)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (year, region_code, question_no, assessor) do update
                        set score = excluded.score, note = excluded.note, version = assessor_score.version + 1,
                            updated_at = now()
                        """).params(year, region, no, assessor, score, note).update();
    }

    boolean submitted(int year, String region, String assessor) {
        return exists("panel_submission", assessor, year, region);
    }

    void submit(int year, String region, String assessor) {
        jdbc.sql("insert into panel_submission (year, region_code, assessor) values (?, ?, ?) on conflict do nothing")
                .params(year, region, assessor)
                .update();
    }

    /** Whether the table has a row of this assessor for the region and period (tables named in this class only). */
    private boolean exists(String table, String assessor, int year, String region) {
        return jdbc.sql("select exists (select 1 from " + table
                        + " where assessor = ? and year = ? and region_code = ?)")
                .params(assessor, year, region)
                .query(Boolean.class)
                .single();
    }
}
