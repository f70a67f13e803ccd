package id.kotacerdas.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SelfAssessmentRepository {

    /** A region's self-assessment state; not submitted while {@code submittedAt} is null. */
    record Submission(OffsetDateTime submittedAt, String submittedBy, String receiptNumber) {
        boolean submitted() {
            return submittedAt != null;
        }
    }

    record StoredEvidence(EvidenceView view, String regionCode, int year, String storedName) {}

    /** Columns named as {@link AnswerView}'s components. */
    private static final String ANSWER =
            "select question_no as no, level, justification, version, updated_by as updatedBy, updated_at as updatedAt"
                    + " from answer";

    /** Columns named as {@link EvidenceView}'s components. */
    private static final String EVIDENCE_VIEW = "select id, question_no as questionNo, original_name as name,"
            + " content_type as contentType, size_bytes as size, uploaded_by as uploadedBy, uploaded_at as uploadedAt";

    /** The view inside {@link StoredEvidence}, mapped by name like the listed views. */
    private static final RowMapper<EvidenceView> EVIDENCE_VIEW_ROW = new SimplePropertyRowMapper<>(EvidenceView.class);

    private final JdbcClient jdbc;

    SelfAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AnswerView> answers(int year, String region) {
        return jdbc.sql(ANSWER + " where year = ? and region_code = ? order by question_no")
                .params(year, region)
                .query(AnswerView.class)
                .list();
    }

    Optional<AnswerView> answer(int year, String region, int no) {
        return jdbc.sql(ANSWER + " where year = ? and region_code = ? and question_no = ? for update")
                .params(year, region, no)
                .query(AnswerView.class)
                .optional();
    }

    void insert(int year, String region, int no, int level, String justification, String actor) {
        jdbc.sql("""
                        insert into answer (year, region_code, question_no, level, justification, updated_by)
                        values (?, ?, ?, ?, ?, ?)
                        """).params(year, region, no, level, justification, actor).update();
    }

    void update(int year, String region, int no, int level, String justification, String actor) {
        jdbc.sql("""
                        update answer set level = ?, justification = ?, version = version + 1, updated_by = ?,
                               updated_at = now()
                        where year = ? and region_code = ? and question_no = ?
                        """).params(level, justification, actor, year, region, no).update();
    }

    /** Locks the region's self-assessment row (creating it) so that writes and submission queue up. */
    Submission lockSubmission(int year, String region) {
        jdbc.sql("insert into self_assessment (year, region_code) values (?, ?) on conflict do nothing")
                .params(year, region)
                .update();
        return jdbc.sql("""
                        select submitted_at as submittedAt, submitted_by as submittedBy, receipt_no as receiptNumber
                        from self_assessment
                        where year = ? and region_code = ? for update
                        """).params(year, region).query(Submission.class).single();
    }

    Optional<Submission> submission(int year, String region) {
        return jdbc.sql("select submitted_at as submittedAt, submitted_by as submittedBy, receipt_no as receiptNumber"
                        + " from self_assessment where year = ? and region_code = ?")
                .params(year, region)
                .query(Submission.class)
                .optional()
                .filter(Submission::submitted);
    }

    void setSubmitted(int year, String region, String actor) {
        jdbc.sql("""
                        update self_assessment set submitted_at = now(), submitted_by = ?
                        where year = ? and region_code = ?
                        """).params(actor, year, region).update();
    }

    /**
     * The receipt number of the region's submission, given at its first submission: {@code KC-<year>-<region>-<nnnn>},
     * nnnn the order in which the period's regions first submitted (numbered under a lock of the period's receipts,
     * so two regions submitting at once never share one). Kept when the self-assessment is reopened.
     */
    String receipt(int year, String region) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('self_assessment_receipt'), ?)")
                .param(year)
                .query((rs, i) -> 1)
                .single();
        return jdbc.sql("""
                        update self_assessment set receipt_no = coalesce(receipt_no, 'KC-' || year || '-' || region_code
                               || '-' || lpad(cast((select count(*) + 1 from self_assessment
                                                    where year = ? and receipt_no is not null) as text), 4, '0'))
                        where year = ? and region_code = ?
                        returning receipt_no
                        """).params(year, year, region).query(String.class).single();
    }

    void reopen(int year, String region) {
        jdbc.sql("""
                        update self_assessment set submitted_at = null, submitted_by = null
                        where year = ? and region_code = ?
                        """).params(year, region).update();
    }

    /** The bytes of all the evidence a region uploaded in a period. */
    long evidenceBytes(int year, String region) {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from evidence where year = ? and region_code = ?")
                .params(year, region)
                .query(Long.class)
                .single();
    }

    void insertEvidence(StoredEvidence e, String sha256) {
        EvidenceView v = e.view();
        jdbc.sql("""
                        insert into evidence (id, year, region_code, question_no, original_name, stored_name,
                                              content_type, size_bytes, sha256, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        v.id(),
                        e.year(),
                        e.regionCode(),
                        v.questionNo(),
                        v.name(),
                        e.storedName(),
                        v.contentType(),
                        v.size(),
                        sha256,
                        v.uploadedBy())
                .update();
    }

    List<EvidenceView> evidence(int year, String region) {
        return jdbc.sql(EVIDENCE_VIEW
                        + " from evidence where year = ? and region_code = ? order by question_no, uploaded_at")
                .params(year, region)
                .query(EvidenceView.class)
                .list();
    }

    Optional<StoredEvidence> evidence(UUID id) {
        return jdbc.sql(EVIDENCE_VIEW + ", region_code, year, stored_name from evidence where id = ?")
                .param(id)
                .query((rs, i) -> new StoredEvidence(
                        EVIDENCE_VIEW_ROW.mapRow(rs, i),
                        rs.getString("region_code"),
                        rs.getInt("year"),
                        rs.getString("stored_name")))
                .optional();
    }
}
