package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.DocumentKind;
import id.kotacerdas.programme.domain.Rubric;
import id.kotacerdas.programme.domain.RubricCriterion;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of the masterplan review: a cohort's rubric, each region's review (publication), its documents (their
 * content is in the shared evidence store, under {@code stored_name}), reviewers and their scores.
 */
@Repository
class MasterplanReviewRepository {

    /** A region's review row: published or not. */
    record ReviewRow(String publishedBy, OffsetDateTime publishedAt) {

        boolean published() {
            return publishedAt != null;
        }
    }

    /** A reviewer of a region, with the account's name and affiliation. */
    record ReviewerRow(
            String reviewer,
            String fullName,
            String affiliation,
            String assignedBy,
            OffsetDateTime assignedAt,
            OffsetDateTime submittedAt,
            UUID reviewedDocument) {

        boolean submitted() {
            return submittedAt != null;
        }
    }

    /** A saved score of a criterion. */
    record ScoreRow(String regionCode, String reviewer, String criterion, int score, String comment) {}

    /** A document's row: what is shown of it, and the name its content is stored under. */
    record StoredDocument(MasterplanDocument view, String storedName) {}

    /** A reviewer's assignment, with its cohort. */
    record AssignmentRow(
            long selectionId,
            int year,
            String selectionName,
            String regionCode,
            OffsetDateTime submittedAt,
            OffsetDateTime publishedAt) {}

    /** The latest revision of a kind of document of a region. */
    record RevisionRow(String regionCode, DocumentKind kind, int revision) {}

    /** A reviewer of a region of the cohort, and whether they submitted. */
    record CohortReviewerRow(String regionCode, String reviewer, boolean submitted) {}

    /** A cohort that selected a region. */
    record CohortRow(long selectionId, int year, String selectionName, OffsetDateTime publishedAt) {}

    private static final String DOCUMENTS = "select d.id, d.kind, d.revision, d.original_name, d.content_type,"
            + " d.size_bytes, d.sha256, d.uploaded_by, d.uploaded_at, d.stored_name,"
            + " d.revision = (select max(l.revision) from programme_masterplan_document l"
            + "   where l.selection_id = d.selection_id and l.region_code = d.region_code and l.kind = d.kind)"
            + " as latest from programme_masterplan_document d";

    private final JdbcClient jdbc;

    MasterplanReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- the rubric

    /** The cohort's criteria in their order; empty before the cohort has a rubric. */
    List<RubricCriterion> criteria(long selection) {
        return jdbc.sql("select code, name, weight from programme_rubric_criterion where selection_id = ?"
                        + " order by position")
                .param(selection)
                .query((rs, n) -> new RubricCriterion(
                        rs.getString("code"), rs.getString("name"), plain(rs.getBigDecimal("weight"))))
                .list();
    }

    /** Replaces the cohort's criteria (called with the selection's row locked and no score saved). */
    void replaceRubric(long selection, Rubric rubric) {
        jdbc.sql("delete from programme_rubric_criterion where selection_id = ?")
                .param(selection)
                .update();
        int position = 1;
        for (RubricCriterion c : rubric.criteria()) {
            jdbc.sql("insert into programme_rubric_criterion (selection_id, position, code, name, weight)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(selection, position++, c.code(), c.name(), c.weight())
                    .update();
        }
    }

    /** Stores the rubric unless the cohort has criteria already (two first writers store it once). */
    void seedRubric(long selection, Rubric rubric) {
        int position = 1;
        for (RubricCriterion c : rubric.criteria()) {
            jdbc.sql("insert into programme_rubric_criterion (selection_id, position, code, name, weight)"
                            + " values (?, ?, ?, ?, ?) on conflict do nothing")
                    .params(selection, position++, c.code(), c.name(), c.weight())
                    .update();
        }
    }

    /** Whether a reviewer saved a score of any of the cohort's regions: the rubric is frozen then. */
    boolean hasScores(long selection) {
        return jdbc.sql("select exists (select 1 from programme_review_score where selection_id = ?)")
                .param(selection)
                .query(Boolean.class)
                .single();
    }

    /**
     * Holds the selection's row in share mode until the transaction ends: scores are saved while no rubric change
     * (which locks the row for update) is under way, and a rubric change waits for them.
     */
    void shareSelection(long selection) {
        jdbc.sql("select id from programme_selection where id = ? for share")
                .param(selection)
                .query(Long.class)
                .optional();
    }

    // --- the cohort's regions

    boolean selected(long selection, String region) {
        return jdbc.sql(
                        "select exists (select 1 from programme_participant where selection_id = ? and region_code = ?)")
                .params(selection, region)
                .query(Boolean.class)
                .single();
    }

    List<String> cohort(long selection) {
        return jdbc.sql("select region_code from programme_participant where selection_id = ? order by region_code")
                .param(selection)
                .query(String.class)
                .list();
    }

    /** The confirmed cohorts that selected the region, the earliest year first. */
    List<CohortRow> cohortsOf(String region) {
        return jdbc.sql("select s.id, s.year, s.name, r.published_at from programme_participant p"
                        + " join programme_selection s on s.id = p.selection_id"
                        + " left join programme_review r on r.selection_id = p.selection_id"
                        + "   and r.region_code = p.region_code"
                        + " where p.region_code = ? and s.confirmed_at is not null"
                        + " order by s.year, s.confirmed_at")
                .param(region)
                .query((rs, n) -> new CohortRow(
                        rs.getLong("id"),
                        rs.getInt("year"),
                        rs.getString("name"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .list();
    }

    // --- a region's review

    /** Creates the region's review row unless it exists (the region must be in the cohort). */
    void ensureReview(long selection, String region) {
        jdbc.sql("insert into programme_review (selection_id, region_code) values (?, ?) on conflict do nothing")
                .params(selection, region)
                .update();
    }

    /** The review row, locked until the transaction ends: every change of a region's review queues behind it. */
    ReviewRow lockReview(long selection, String region) {
        ensureReview(selection, region);
        return jdbc.sql("select published_by, published_at from programme_review"
                        + " where selection_id = ? and region_code = ? for update")
                .params(selection, region)
                .query((rs, n) -> review(rs))
                .single();
    }

    Optional<ReviewRow> review(long selection, String region) {
        return jdbc.sql("select published_by, published_at from programme_review"
                        + " where selection_id = ? and region_code = ?")
                .params(selection, region)
                .query((rs, n) -> review(rs))
                .optional();
    }

    void publish(long selection, String region, String by) {
        jdbc.sql("update programme_review set published_by = ?, published_at = now()"
                        + " where selection_id = ? and region_code = ?")
                .params(by, selection, region)
                .update();
    }

    // --- documents

    /** The next revision of the kind (called with the review row locked). */
    int nextRevision(long selection, String region, DocumentKind kind) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from programme_masterplan_document"
                        + " where selection_id = ? and region_code = ? and kind = ?")
                .params(selection, region, kind.name())
                .query(Integer.class)
                .single();
    }

    void insertDocument(long selection, String region, MasterplanDocument d, String storedName) {
        jdbc.sql("""
                        insert into programme_masterplan_document (id, selection_id, region_code, kind, revision,
                                                                   original_name, stored_name, content_type,
                                                                   size_bytes, sha256, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        d.id(),
                        selection,
                        region,
                        d.kind().name(),
                        d.revision(),
                        d.name(),
                        storedName,
                        d.contentType(),
                        d.size(),
                        d.sha256(),
                        d.uploadedBy(),
                        d.uploadedAt())
                .update();
    }

    /** Every revision of the region's documents: masterplans first, the newest revision first. */
    List<MasterplanDocument> documents(long selection, String region) {
        return jdbc.sql(DOCUMENTS + " where d.selection_id = ? and d.region_code = ? order by d.kind, d.revision desc")
                .params(selection, region)
                .query((rs, n) -> document(rs))
                .list();
    }

    Optional<StoredDocument> document(long selection, String region, UUID id) {
        return jdbc.sql(DOCUMENTS + " where d.selection_id = ? and d.region_code = ? and d.id = ?")
                .params(selection, region, id)
                .query((rs, n) -> new StoredDocument(document(rs), rs.getString("stored_name")))
                .optional();
    }

    Optional<MasterplanDocument> latest(long selection, String region, DocumentKind kind) {
        return jdbc.sql(DOCUMENTS + " where d.selection_id = ? and d.region_code = ? and d.kind = ?"
                        + " order by d.revision desc limit 1")
                .params(selection, region, kind.name())
                .query((rs, n) -> document(rs))
                .optional();
    }

    /** The latest revision of each kind of document of every region of the cohort. */
    List<RevisionRow> latestRevisions(long selection) {
        return jdbc.sql("select region_code, kind, max(revision) as revision from programme_masterplan_document"
                        + " where selection_id = ? group by region_code, kind")
                .param(selection)
                .query((rs, n) -> new RevisionRow(
                        rs.getString("region_code"), DocumentKind.valueOf(rs.getString("kind")), rs.getInt("revision")))
                .list();
    }

    // --- reviewers

    /** The region's reviewers: the submitted ones in the order they submitted, then the others by username. */
    List<ReviewerRow> reviewers(long selection, String region) {
        return jdbc.sql("select r.reviewer, u.full_name, u.affiliation, r.assigned_by, r.assigned_at,"
                        + " r.submitted_at, r.reviewed_document from programme_reviewer r"
                        + " join app_user u on u.username = r.reviewer"
                        + " where r.selection_id = ? and r.region_code = ?"
                        + " order by r.submitted_at nulls last, r.reviewer")
                .params(selection, region)
                .query((rs, n) -> new ReviewerRow(
                        rs.getString("reviewer"),
                        rs.getString("full_name"),
                        rs.getString("affiliation"),
                        rs.getString("assigned_by"),
                        rs.getObject("assigned_at", OffsetDateTime.class),
                        rs.getObject("submitted_at", OffsetDateTime.class),
                        rs.getObject("reviewed_document", UUID.class)))
                .list();
    }

    /** Every reviewer of the cohort's regions. */
    List<CohortReviewerRow> reviewersOfCohort(long selection) {
        return jdbc.sql("select region_code, reviewer, submitted_at is not null as submitted"
                        + " from programme_reviewer where selection_id = ? order by region_code, reviewer")
                .param(selection)
                .query((rs, n) -> new CohortReviewerRow(
                        rs.getString("region_code"), rs.getString("reviewer"), rs.getBoolean("submitted")))
                .list();
    }

    boolean isReviewer(long selection, String region, String username) {
        return jdbc.sql("select exists (select 1 from programme_reviewer"
                        + " where selection_id = ? and region_code = ? and reviewer = ?)")
                .params(selection, region, username)
                .query(Boolean.class)
                .single();
    }

    void addReviewer(long selection, String region, String reviewer, String by) {
        jdbc.sql("insert into programme_reviewer (selection_id, region_code, reviewer, assigned_by)"
                        + " values (?, ?, ?, ?) on conflict do nothing")
                .params(selection, region, reviewer, by)
                .update();
    }

    /** Removes an unsubmitted reviewer with their draft scores; how many scores went with them. */
    int removeReviewer(long selection, String region, String reviewer) {
        int drafts = jdbc.sql("select count(*) from programme_review_score"
                        + " where selection_id = ? and region_code = ? and reviewer = ?")
                .params(selection, region, reviewer)
                .query(Integer.class)
                .single();
        jdbc.sql("delete from programme_reviewer where selection_id = ? and region_code = ? and reviewer = ?")
                .params(selection, region, reviewer)
                .update();
        return drafts;
    }

    void submit(long selection, String region, String reviewer, UUID document) {
        jdbc.sql("update programme_reviewer set submitted_at = now(), reviewed_document = ?"
                        + " where selection_id = ? and region_code = ? and reviewer = ?")
                .params(document, selection, region, reviewer)
                .update();
    }

    void reopen(long selection, String region, String reviewer) {
        jdbc.sql("update programme_reviewer set submitted_at = null, reviewed_document = null"
                        + " where selection_id = ? and region_code = ? and reviewer = ?")
                .params(selection, region, reviewer)
                .update();
    }

    /** The reviewer's assignments in every cohort, the newest cohort first. */
    List<AssignmentRow> assignmentsOf(String reviewer) {
        return jdbc.sql("select s.id, s.year, s.name, r.region_code, r.submitted_at, v.published_at"
                        + " from programme_reviewer r"
                        + " join programme_selection s on s.id = r.selection_id"
                        + " join programme_review v on v.selection_id = r.selection_id and v.region_code = r.region_code"
                        + " where r.reviewer = ? order by s.year desc, s.id desc, r.region_code")
                .param(reviewer)
                .query((rs, n) -> new AssignmentRow(
                        rs.getLong("id"),
                        rs.getInt("year"),
                        rs.getString("name"),
                        rs.getString("region_code"),
                        rs.getObject("submitted_at", OffsetDateTime.class),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .list();
    }

    // --- scores

    /** The saved scores of the region (every reviewer's, drafts included). */
    List<ScoreRow> scores(long selection, String region) {
        return jdbc.sql("select region_code, reviewer, criterion_code, score, comment from programme_review_score"
                        + " where selection_id = ? and region_code = ? order by reviewer, criterion_code")
                .params(selection, region)
                .query((rs, n) -> score(rs))
                .list();
    }

    /** The scores of the submitted sheets of every region of the cohort. */
    List<ScoreRow> submittedScores(long selection) {
        return jdbc.sql("select s.region_code, s.reviewer, s.criterion_code, s.score, s.comment"
                        + " from programme_review_score s join programme_reviewer r"
                        + "   on r.selection_id = s.selection_id and r.region_code = s.region_code"
                        + "   and r.reviewer = s.reviewer"
                        + " where s.selection_id = ? and r.submitted_at is not null"
                        + " order by s.region_code, r.submitted_at, s.reviewer")
                .param(selection)
                .query((rs, n) -> score(rs))
                .list();
    }

    void saveScore(long selection, String region, String reviewer, String criterion, int score, String comment) {
        jdbc.sql("""
                        insert into programme_review_score (selection_id, region_code, reviewer, criterion_code, score,
                                                            comment)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (selection_id, region_code, reviewer, criterion_code)
                        do update set score = excluded.score, comment = excluded.comment, saved_at = now()
                        """)
                .params(selection, region, reviewer, criterion, score, comment)
                .update();
    }

    private static ScoreRow score(ResultSet rs) throws SQLException {
        return new ScoreRow(
                rs.getString("region_code"),
                rs.getString("reviewer"),
                rs.getString("criterion_code"),
                rs.getInt("score"),
                rs.getString("comment"));
    }

    private static ReviewRow review(ResultSet rs) throws SQLException {
        return new ReviewRow(rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class));
    }

    private static MasterplanDocument document(ResultSet rs) throws SQLException {
        return new MasterplanDocument(
                rs.getObject("id", UUID.class),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getInt("revision"),
                rs.getString("original_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getBoolean("latest"));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
