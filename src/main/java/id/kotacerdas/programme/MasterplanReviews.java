package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.programme.MasterplanReviewRepository.ReviewRow;
import id.kotacerdas.programme.MasterplanReviewRepository.ReviewerRow;
import id.kotacerdas.programme.MasterplanReviewRepository.ScoreRow;
import id.kotacerdas.programme.domain.DocumentKind;
import id.kotacerdas.programme.domain.MasterplanScore;
import id.kotacerdas.programme.domain.MasterplanScoring;
import id.kotacerdas.programme.domain.ReviewRules;
import id.kotacerdas.programme.domain.ReviewSheet;
import id.kotacerdas.programme.domain.Rubric;
import id.kotacerdas.programme.domain.RubricCriterion;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.Role;
import id.kotacerdas.security.UserAccount;
import id.kotacerdas.security.UserAccountsApi;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The masterplan review of a cohort's regions (docs/method.md, section 8.6): an administrator assigns reviewers
 * (assessor accounts) to a region; each scores every criterion of the cohort's rubric 1..4 with a comment and
 * submits (the sheet is then locked; an administrator may reopen it with a reason); the score is computed from the
 * submitted sheets only ({@link MasterplanScoring}); an administrator publishes it, and from then on the region's
 * operator sees it and nothing of the review changes. Every change is audited.
 */
@Service
public class MasterplanReviews {

    /** The most reviewers of one masterplan. */
    static final int MAX_REVIEWERS = 20;

    /** A criterion's score and comment as a reviewer sends them. */
    public record ScoreInput(Integer score, String comment) {}

    private final MasterplanReviewRepository repository;
    private final MasterplanRubrics rubrics;
    private final ReviewAccess access;
    private final RegionApi regions;
    private final UserAccountsApi accounts;
    private final AuditTrail audit;

    MasterplanReviews(
            MasterplanReviewRepository repository,
            MasterplanRubrics rubrics,
            ReviewAccess access,
            RegionApi regions,
            UserAccountsApi accounts,
            AuditTrail audit) {
        this.repository = repository;
        this.rubrics = rubrics;
        this.access = access;
        this.regions = regions;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Sets the region's reviewers (ADMIN): enabled assessor accounts. A reviewer left out loses their draft scores;
     * one who submitted cannot be left out (reopen the sheet first). 400 review.reviewer.notAssessor,
     * review.reviewer.tooMany; 409 review.reviewer.submitted, review.published.
     */
    @Transactional
    public List<String> assignReviewers(long selection, String region, List<String> usernames, Actor actor) {
        access.ensureAdmin(actor);
        StoredSelection s = access.cohortRegion(selection, region);
        Set<String> wanted = new LinkedHashSet<>();
        for (String u : usernames == null ? List.<String>of() : usernames) {
            if (u != null && !u.isBlank()) {
                wanted.add(u.strip());
            }
        }
        if (wanted.size() > MAX_REVIEWERS) {
            throw new InvalidInput(
                    "reviewers", "review.reviewer.tooMany", "At most 20 reviewers per masterplan", MAX_REVIEWERS);
        }
        for (String username : wanted) {
            UserAccount account = accounts.find(username).orElse(null);
            if (account == null || account.role() != Role.ASSESSOR || !account.enabled()) {
                throw new InvalidInput(
                        "reviewers", "review.reviewer.notAssessor", username + " is not an enabled assessor", username);
            }
        }
        if (repository.lockReview(selection, region).published()) {
            throw MasterplanDocuments.published(region);
        }
        List<ReviewerRow> before = repository.reviewers(selection, region);
        int drafts = 0;
        for (ReviewerRow r : before) {
            if (!wanted.contains(r.reviewer())) {
                if (r.submitted()) {
                    throw new Conflict(
                            "review.reviewer.submitted",
                            r.reviewer() + " has submitted their review: reopen it before leaving them out",
                            r.reviewer());
                }
                drafts += repository.removeReviewer(selection, region, r.reviewer());
            }
        }
        wanted.forEach(u -> repository.addReviewer(selection, region, u, actor.username()));
        List<String> after = repository.reviewers(selection, region).stream()
                .map(ReviewerRow::reviewer)
                .sorted()
                .toList();
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_REVIEWERS_ASSIGNED")
                .in(s.year(), region)
                .about("selection " + selection + ": " + s.name()
                        + (drafts > 0 ? " (" + drafts + " draft scores" + " of reviewers left out removed)" : ""))
                .from(before.stream().map(ReviewerRow::reviewer).sorted().collect(Collectors.joining(", ")))
                .to(String.join(", ", after)));
        return after;
    }

    /**
     * Saves the reviewer's scores of some or all criteria, each 1..4 with an optional comment (a score saved again
     * is replaced). The first score of the cohort freezes its rubric. 400 review.scores.empty,
     * review.criterion.unknown, review.score.range, review.comment.tooLong; 409 review.submitted, review.published.
     */
    @Transactional
    public ReviewView saveScores(long selection, String region, Map<String, ScoreInput> scores, Actor actor) {
        access.ensureReviewer(actor, selection, region);
        StoredSelection s = access.cohortRegion(selection, region);
        if (scores == null || scores.isEmpty()) {
            throw new InvalidInput("scores", "review.scores.empty", "No score was sent");
        }
        repository.shareSelection(selection);
        rubrics.seedDefault(selection);
        Rubric rubric = rubrics.rubric(selection);
        Map<String, ScoreInput> checked = new LinkedHashMap<>();
        for (Map.Entry<String, ScoreInput> e : scores.entrySet()) {
            String code = e.getKey() == null ? "" : e.getKey().strip();
            if (rubric.criterion(code).isEmpty()) {
                throw new InvalidInput(
                        "scores", "review.criterion.unknown", "The rubric has no criterion " + code, code);
            }
            ScoreInput in = e.getValue() == null ? new ScoreInput(null, null) : e.getValue();
            checked.put(
                    code, new ScoreInput(ReviewRules.score(code, in.score()), ReviewRules.comment(code, in.comment())));
        }
        ReviewerRow me = lockOwnSheet(selection, region, actor);
        if (me.submitted()) {
            throw submitted(actor.username());
        }
        Map<String, ScoreRow> before = new HashMap<>();
        repository.scores(selection, region).stream()
                .filter(r -> r.reviewer().equals(actor.username()))
                .forEach(r -> before.put(r.criterion(), r));
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (RubricCriterion c : rubric.criteria()) {
            ScoreInput in = checked.get(c.code());
            if (in == null) {
                continue;
            }
            repository.saveScore(selection, region, actor.username(), c.code(), in.score(), in.comment());
            ScoreRow old = before.get(c.code());
            from.add(c.code() + " " + (old == null ? "-" : String.valueOf(old.score())));
            to.add(c.code() + " " + in.score());
        }
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_REVIEW_SCORES_SAVED")
                .in(s.year(), region)
                .about("selection " + selection + ": " + s.name())
                .from(String.join(", ", from))
                .to(String.join(", ", to)));
        return review(selection, region, actor);
    }

    /**
     * Submits the reviewer's sheet: every criterion scored, and a masterplan document to have reviewed (its latest
     * revision is noted). Then the sheet is locked and counts. 409 review.incomplete, review.noDocument,
     * review.submitted, review.published.
     */
    @Transactional
    public ReviewView submit(long selection, String region, Actor actor) {
        access.ensureReviewer(actor, selection, region);
        StoredSelection s = access.cohortRegion(selection, region);
        ReviewerRow me = lockOwnSheet(selection, region, actor);
        if (me.submitted()) {
            throw submitted(actor.username());
        }
        Rubric rubric = rubrics.rubric(selection);
        Set<String> scored = repository.scores(selection, region).stream()
                .filter(r -> r.reviewer().equals(actor.username()))
                .map(ScoreRow::criterion)
                .collect(Collectors.toSet());
        List<String> missing =
                rubric.codes().stream().filter(c -> !scored.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new Conflict(
                    "review.incomplete",
                    "Score every criterion before submitting; not scored: " + String.join(", ", missing),
                    String.join(", ", missing));
        }
        MasterplanDocument masterplan = repository
                .latest(selection, region, DocumentKind.MASTERPLAN)
                .orElseThrow(() -> new Conflict(
                        "review.noDocument", region + " has not uploaded its masterplan document yet", region));
        repository.submit(selection, region, actor.username(), masterplan.id());
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_REVIEW_SUBMITTED")
                .in(s.year(), region)
                .about("selection " + selection + ": " + s.name())
                .to("masterplan revision " + masterplan.revision() + " (" + masterplan.id() + ")"));
        return review(selection, region, actor);
    }

    /**
     * Reopens a reviewer's submitted sheet (ADMIN), with a reason the audit keeps: it no longer counts until
     * submitted again. 400 review.reason; 404 review.reviewer.notFound; 409 review.notSubmitted, review.published.
     */
    @Transactional
    public ReviewView reopen(long selection, String region, String reviewer, String reason, Actor actor) {
        access.ensureAdmin(actor);
        StoredSelection s = access.cohortRegion(selection, region);
        String why = ReviewRules.reason(reason);
        if (repository.lockReview(selection, region).published()) {
            throw MasterplanDocuments.published(region);
        }
        ReviewerRow row = repository.reviewers(selection, region).stream()
                .filter(r -> r.reviewer().equals(reviewer))
                .findFirst()
                .orElseThrow(() -> new NotFound(
                        "review.reviewer.notFound", reviewer + " does not review " + region, reviewer, region));
        if (!row.submitted()) {
            throw new Conflict("review.notSubmitted", reviewer + " has not submitted a review to reopen", reviewer);
        }
        repository.reopen(selection, region, reviewer);
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_REVIEW_REOPENED")
                .in(s.year(), region)
                .about("selection " + selection + ": " + s.name() + ": " + reviewer + ": " + why)
                .from("submitted " + row.submittedAt())
                .to("reopened"));
        return review(selection, region, actor);
    }

    /**
     * Publishes the region's score (ADMIN): the region's operator sees it from now on, with the comments; nothing
     * of the review changes any more. 409 review.noSubmitted (no sheet submitted), review.published.
     */
    @Transactional
    public ReviewView publish(long selection, String region, Actor actor) {
        access.ensureAdmin(actor);
        StoredSelection s = access.cohortRegion(selection, region);
        if (repository.lockReview(selection, region).published()) {
            throw MasterplanDocuments.published(region);
        }
        List<ReviewerRow> reviewers = repository.reviewers(selection, region);
        Optional<MasterplanScore> score = score(selection, region, reviewers);
        if (score.isEmpty()) {
            throw new Conflict(
                    "review.noSubmitted", "No reviewer has submitted a review of " + region + " yet", region);
        }
        repository.publish(selection, region, actor.username());
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_REVIEW_PUBLISHED")
                .in(s.year(), region)
                .about("selection " + selection + ": " + s.name())
                .to(score.get().score().toPlainString() + " (" + score.get().reviewers() + " of " + reviewers.size()
                        + " reviews submitted)"));
        return review(selection, region, actor);
    }

    /** The region's review as the caller may see it ({@link ReviewView}). */
    @Transactional(readOnly = true)
    public ReviewView review(long selection, String region, Actor reader) {
        access.ensureCanSee(reader, selection, region);
        StoredSelection s = access.cohortRegion(selection, region);
        ReviewRow row = repository.review(selection, region).orElse(new ReviewRow(null, null));
        String status = row.published() ? ReviewView.PUBLISHED : ReviewView.UNDER_REVIEW;
        String regionName = regions.get(region).name();
        boolean admin = reader.isAdmin();
        boolean reviewer = !admin && access.reviews(reader, selection, region);
        if (!admin && !reviewer && !row.published()) {
            // the region's operator, before publication: only that the masterplan is under review
            return new ReviewView(
                    selection,
                    s.year(),
                    s.name(),
                    region,
                    regionName,
                    status,
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null);
        }
        Rubric rubric = rubrics.rubric(selection);
        List<ReviewerRow> reviewers = repository.reviewers(selection, region);
        Map<UUID, Integer> revisions = new HashMap<>();
        repository.documents(selection, region).forEach(d -> revisions.put(d.id(), d.revision()));
        Map<String, List<ScoreRow>> scores =
                repository.scores(selection, region).stream().collect(Collectors.groupingBy(ScoreRow::reviewer));
        List<ReviewerSheet> sheets = new ArrayList<>();
        for (int i = 0; i < reviewers.size(); i++) {
            ReviewerRow r = reviewers.get(i);
            boolean named = admin || reviewer;
            sheets.add(new ReviewerSheet(
                    i + 1,
                    named ? r.reviewer() : null,
                    named ? r.fullName() : null,
                    named ? r.affiliation() : null,
                    r.submitted(),
                    r.submittedAt(),
                    r.reviewedDocument() == null ? null : revisions.get(r.reviewedDocument()),
                    entries(rubric, scores.getOrDefault(r.reviewer(), List.of()))));
        }
        ReviewerSheet mine = reviewer
                ? sheets.stream()
                        .filter(x -> reader.is(x.username()))
                        .findFirst()
                        .orElse(null)
                : null;
        boolean sees = admin || row.published() || (mine != null && mine.submitted());
        List<ReviewerSheet> visible = admin
                ? sheets
                : sheets.stream()
                        .filter(x -> x.submitted() && sees || x == mine)
                        .toList();
        Optional<MasterplanScore> score = sees ? score(selection, region, reviewers) : Optional.empty();
        return new ReviewView(
                selection,
                s.year(),
                s.name(),
                region,
                regionName,
                status,
                row.publishedAt(),
                rubrics.view(selection, rubric).criteria(),
                sees ? reviewers.size() : null,
                sees ? (int) reviewers.stream().filter(ReviewerRow::submitted).count() : null,
                visible,
                mine,
                score.map(MasterplanScore::score).orElse(null),
                score.orElse(null));
    }

    /** Every region of the cohort with its documents, reviewers, submissions, score and publication (ADMIN). */
    @Transactional(readOnly = true)
    public List<ReviewProgress> progress(long selection, Actor actor) {
        access.ensureAdmin(actor);
        access.confirmed(selection);
        Rubric rubric = rubrics.rubric(selection);
        Map<String, Map<DocumentKind, Integer>> revisions = new HashMap<>();
        repository
                .latestRevisions(selection)
                .forEach(r -> revisions
                        .computeIfAbsent(r.regionCode(), k -> new HashMap<>())
                        .put(r.kind(), r.revision()));
        Map<String, List<MasterplanReviewRepository.CohortReviewerRow>> reviewers =
                repository.reviewersOfCohort(selection).stream()
                        .collect(Collectors.groupingBy(MasterplanReviewRepository.CohortReviewerRow::regionCode));
        Map<String, List<ScoreRow>> submitted = repository.submittedScores(selection).stream()
                .collect(Collectors.groupingBy(ScoreRow::regionCode, LinkedHashMap::new, Collectors.toList()));
        List<ReviewProgress> lines = new ArrayList<>();
        for (String region : repository.cohort(selection)) {
            ReviewRow row = repository.review(selection, region).orElse(new ReviewRow(null, null));
            List<MasterplanReviewRepository.CohortReviewerRow> rs = reviewers.getOrDefault(region, List.of());
            Map<DocumentKind, Integer> docs = revisions.getOrDefault(region, Map.of());
            lines.add(new ReviewProgress(
                    region,
                    regions.get(region).name(),
                    docs.get(DocumentKind.MASTERPLAN),
                    docs.get(DocumentKind.QUICK_WIN),
                    rs.stream()
                            .map(MasterplanReviewRepository.CohortReviewerRow::reviewer)
                            .toList(),
                    (int) rs.stream()
                            .filter(MasterplanReviewRepository.CohortReviewerRow::submitted)
                            .count(),
                    MasterplanScoring.score(rubric, sheets(submitted.getOrDefault(region, List.of())))
                            .map(MasterplanScore::score)
                            .orElse(null),
                    row.published(),
                    row.publishedAt()));
        }
        return lines;
    }

    /** The regions whose masterplan the caller is assigned to review, the newest cohort first. */
    @Transactional(readOnly = true)
    public List<AssignedReview> assigned(Actor actor) {
        if (!actor.isAssessor()) {
            return List.of();
        }
        return repository.assignmentsOf(actor.username()).stream()
                .map(a -> new AssignedReview(
                        a.selectionId(),
                        a.year(),
                        a.selectionName(),
                        a.regionCode(),
                        regions.get(a.regionCode()).name(),
                        repository
                                .latest(a.selectionId(), a.regionCode(), DocumentKind.MASTERPLAN)
                                .map(MasterplanDocument::revision)
                                .orElse(null),
                        a.submittedAt(),
                        a.publishedAt() != null))
                .toList();
    }

    /**
     * The cohorts that selected the region, each with its review's state and, once published, its score (ADMIN or
     * the region's operator).
     */
    @Transactional(readOnly = true)
    public List<RegionReview> ofRegion(String region, Actor reader) {
        access.ensureAdminOrOperator(reader, region);
        regions.get(region);
        List<RegionReview> lines = new ArrayList<>();
        for (MasterplanReviewRepository.CohortRow c : repository.cohortsOf(region)) {
            BigDecimal score = null;
            if (c.publishedAt() != null) {
                score = score(c.selectionId(), region, repository.reviewers(c.selectionId(), region))
                        .map(MasterplanScore::score)
                        .orElse(null);
            }
            lines.add(new RegionReview(
                    c.selectionId(),
                    c.year(),
                    c.selectionName(),
                    repository
                            .latest(c.selectionId(), region, DocumentKind.MASTERPLAN)
                            .map(MasterplanDocument::revision)
                            .orElse(null),
                    repository
                            .latest(c.selectionId(), region, DocumentKind.QUICK_WIN)
                            .map(MasterplanDocument::revision)
                            .orElse(null),
                    c.publishedAt() == null ? ReviewView.UNDER_REVIEW : ReviewView.PUBLISHED,
                    score));
        }
        return lines;
    }

    /** The score of the region's submitted sheets, in the order they were submitted. */
    private Optional<MasterplanScore> score(long selection, String region, List<ReviewerRow> reviewers) {
        Map<String, List<ScoreRow>> byReviewer =
                repository.scores(selection, region).stream().collect(Collectors.groupingBy(ScoreRow::reviewer));
        List<ReviewSheet> sheets = reviewers.stream()
                .filter(ReviewerRow::submitted)
                .map(r -> sheet(r.reviewer(), byReviewer.getOrDefault(r.reviewer(), List.of())))
                .toList();
        return MasterplanScoring.score(rubrics.rubric(selection), sheets);
    }

    /** The sheets of rows ordered by reviewer as submitted. */
    private static List<ReviewSheet> sheets(List<ScoreRow> rows) {
        Map<String, List<ScoreRow>> byReviewer = rows.stream()
                .collect(Collectors.groupingBy(ScoreRow::reviewer, LinkedHashMap::new, Collectors.toList()));
        return byReviewer.entrySet().stream()
                .map(e -> sheet(e.getKey(), e.getValue()))
                .toList();
    }

    private static ReviewSheet sheet(String reviewer, List<ScoreRow> rows) {
        return new ReviewSheet(reviewer, rows.stream().collect(Collectors.toMap(ScoreRow::criterion, ScoreRow::score)));
    }

    private static List<ReviewerSheet.Entry> entries(Rubric rubric, List<ScoreRow> rows) {
        Map<String, ScoreRow> byCriterion = rows.stream().collect(Collectors.toMap(ScoreRow::criterion, r -> r));
        List<ReviewerSheet.Entry> entries = new ArrayList<>();
        for (RubricCriterion c : rubric.criteria()) {
            ScoreRow r = byCriterion.get(c.code());
            if (r != null) {
                entries.add(new ReviewerSheet.Entry(c.code(), r.score(), r.comment()));
            }
        }
        return entries;
    }

    /** The caller's own sheet, with the review row locked: 409 review.published once published. */
    private ReviewerRow lockOwnSheet(long selection, String region, Actor actor) {
        if (repository.lockReview(selection, region).published()) {
            throw MasterplanDocuments.published(region);
        }
        return repository.reviewers(selection, region).stream()
                .filter(r -> r.reviewer().equals(actor.username()))
                .findFirst()
                .orElseThrow(() -> new NotFound(
                        "review.reviewer.notFound",
                        actor.username() + " does not review " + region,
                        actor.username(),
                        region));
    }

    private static Conflict submitted(String reviewer) {
        return new Conflict(
                "review.submitted",
                reviewer + " has submitted this review: it is locked until an administrator reopens it",
                reviewer);
    }
}
