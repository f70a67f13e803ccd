package id.kotacerdas.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PanelRepository {

    record StoredScore(int no, String assessor, int score, String note, int version) {}

    /** The last time an administrator reopened an assessor's submitted scoring. */
    record Reopening(String reason, String reopenedBy, OffsetDateTime reopenedAt) {}

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

    /** Every assessor's score of one question (the reconciliation queue is decided on them). */
    List<Integer> questionScores(int year, String region, int no) {
        return jdbc.sql("select score from assessor_score where year = ? and region_code = ? and question_no = ?")
                .params(year, region, no)
                .query(Integer.class)
                .list();
    }

    /** The scores of the assessors who submitted their scoring: the only ones a result is computed from. */
    List<StoredScore> submittedScores(int year, String region) {
        return jdbc.sql("""
                        select s.question_no as no, s.assessor, s.score, s.note, s.version from assessor_score s
                        join panel_submission p
                          on p.year = s.year and p.region_code = s.region_code and p.assessor = s.assessor
                        where s.year = ? and s.region_code = ? order by s.question_no, s.assessor
                        """).params(year, region).query(StoredScore.class).list();
    }

    /** The scores that count in every region of the period (see {@link #submittedScores(int, String)}). */
    List<SubmittedScore> submittedScores(int year) {
        return jdbc.sql("""
                        select s.region_code as regionCode, s.assessor, s.question_no as no, s.score
                        from assessor_score s
                        join panel_submission p
                          on p.year = s.year and p.region_code = s.region_code and p.assessor = s.assessor
                        where s.year = ? order by s.region_code, s.question_no, s.assessor
                        """).param(year).query(SubmittedScore.class).list();
    }

    /** Takes back the assessor's submission and records who reopened it and why. */
    void reopen(int year, String region, String assessor, String reason, String admin) {
        jdbc.sql("delete from panel_submission where year = ? and region_code = ? and assessor = ?")
                .params(year, region, assessor)
                .update();
        jdbc.sql("""
                        insert into panel_reopening (year, region_code, assessor, reason, reopened_by)
                        values (?, ?, ?, ?, ?)
                        """).params(year, region, assessor, reason, admin).update();
    }

    Optional<Reopening> lastReopening(int year, String region, String assessor) {
        return jdbc.sql("""
                        select reason, reopened_by as reopenedBy, reopened_at as reopenedAt from panel_reopening
                        where year = ? and region_code = ? and assessor = ? order by id desc limit 1
                        """)
                .params(year, region, assessor)
                .query(Reopening.class)
                .optional();
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
