package id.kotacerdas.assessment;

import id.kotacerdas.assessment.PanelRepository.StoredScore;
import id.kotacerdas.assessment.domain.Reconciliation;
import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assessor on a region's panel scores every question 1-4, blind: the others' scores stay hidden
 * from them until they submit their own. After submitting, only a question in the reconciliation queue
 * (its scores spread by 2 or more) may change, as a revision with a reason; anything else waits for an
 * administrator to reopen the submission ({@link ReopenScoring}), which makes the assessor blind again.
 * The stage is read under the period's share lock, so no score commits after the period moved on.
 */
@Service
public class ScoreQuestions {

    private final PanelRepository panels;
    private final SelfAssessmentContext context;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ScoreQuestions(
            PanelRepository panels,
            SelfAssessmentContext context,
            RegionAccess access,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.panels = panels;
        this.context = context;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** Scores without a version check (the facade's callers hold no version). */
    @Transactional
    public AssessorScoreView score(
            int year, String region, int no, Integer score, String note, String reason, Actor assessor) {
        return score(year, region, no, score, note, reason, null, assessor);
    }

    /**
     * @param expectedVersion the version the assessor last read (0 for a first score); a stale one gets
     *     409, so two sessions of one assessor never silently overwrite each other; null skips the check
     */
    @Transactional
    public AssessorScoreView score(
            int year,
            String region,
            int no,
            Integer score,
            String note,
            String reason,
            Integer expectedVersion,
            Actor assessor) {
        access.ensureAssessorOf(assessor, year, region);
        context.ensureQuestion(year, no);
        ensureScoringOpen(year);
        if (score == null || score < 1 || score > 4) {
            throw new InvalidInput("score", "score.range", "The score must be 1, 2, 3 or 4");
        }
        panels.lockMember(year, region, assessor.username());
        Optional<StoredScore> before = panels.score(year, region, no, assessor.username());
        int current = before.map(StoredScore::version).orElse(0);
        if (expectedVersion != null && expectedVersion != current) {
            throw new Conflict("score.stale", "Score " + no + " was changed in another session", no)
                    .with("currentVersion", current);
        }
        boolean revision = panels.submitted(year, region, assessor.username());
        if (revision && !Reconciliation.needed(panels.questionScores(year, region, no))) {
            throw new Conflict(
                    "score.revision.notQueued",
                    "Question " + no + " is not in the reconciliation queue: after submitting, only those change,"
                            + " unless an administrator reopens the submission",
                    no);
        }
        if (revision && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", "score.revision.reason", "A submitted score changes only with a reason");
        }
        String text = note == null ? "" : note.strip();
        panels.saveScore(year, region, no, assessor.username(), score, text);
        audit.record(AuditEvent.by(assessor.username(), revision ? "SCORE_REVISED" : "SCORE_SAVED")
                .in(year, region)
                .about("question " + no + (revision ? " (" + reason.strip() + ")" : ""))
                .from(before.map(s -> String.valueOf(s.score())).orElse(null))
                .to(String.valueOf(score)));
        if (revision) {
            events.publishEvent(new PanelScoresChanged(year));
        }
        StoredScore saved = panels.score(year, region, no, assessor.username()).orElseThrow();
        return new AssessorScoreView(no, assessor.username(), saved.score(), saved.note(), saved.version());
    }

    /** Submits the assessor's scoring once every question has their score; submitting again changes nothing. */
    @Transactional
    public PanelScores submit(int year, String region, Actor assessor) {
        access.ensureAssessorOf(assessor, year, region);
        ensureScoringOpen(year);
        panels.lockMember(year, region, assessor.username());
        Set<Integer> scored = panels.scores(year, region).stream()
                .filter(s -> assessor.is(s.assessor()))
                .map(StoredScore::no)
                .collect(Collectors.toSet());
        List<Integer> missing = context.instrument(year).questions().stream()
                .map(InstrumentView.QuestionView::no)
                .filter(no -> !scored.contains(no))
                .toList();
        if (!missing.isEmpty()) {
            throw new Conflict(
                            "score.unscored",
                            missing.size() + " questions are not scored yet",
                            missing.size(),
                            missing.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .with("unscored", missing);
        }
        if (!panels.submitted(year, region, assessor.username())) {
            panels.submit(year, region, assessor.username());
            audit.record(AuditEvent.by(assessor.username(), "SCORES_SUBMITTED")
                    .in(year, region)
                    .to(scored.size() + " scores"));
            events.publishEvent(new PanelScoresChanged(year));
            reconciliationOnceAllSubmitted(year, region);
        }
        return scores(year, region, assessor);
    }

    public PanelScores scores(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        List<String> members = panels.members(year, region);
        if (!reader.isAdmin() && !members.contains(reader.username())) {
            access.ensureAdmin(reader);
        }
        List<String> submitted =
                members.stream().filter(m -> panels.submitted(year, region, m)).toList();
        boolean seesAll = reader.isAdmin() || submitted.contains(reader.username());
        List<StoredScore> all = panels.scores(year, region);
        List<AssessorScoreView> visible = all.stream()
                .filter(s -> seesAll || reader.is(s.assessor()))
                .map(s -> new AssessorScoreView(s.no(), s.assessor(), s.score(), s.note(), s.version()))
                .toList();
        return new PanelScores(year, region, members, submitted, visible, seesAll ? reconciliation(all) : List.of());
    }

    /** The last member's submission opens reconciliation to the whole panel when questions spread. */
    private void reconciliationOnceAllSubmitted(int year, String region) {
        List<String> members = panels.members(year, region);
        if (members.stream().allMatch(m -> panels.submitted(year, region, m))) {
            List<Integer> queue = reconciliation(panels.scores(year, region));
            if (!queue.isEmpty()) {
                events.publishEvent(new ReconciliationWaiting(year, region, members, queue, null));
            }
        }
    }

    private static List<Integer> reconciliation(List<StoredScore> scores) {
        Map<Integer, List<Integer>> byQuestion = new TreeMap<>();
        scores.forEach(
                s -> byQuestion.computeIfAbsent(s.no(), k -> new ArrayList<>()).add(s.score()));
        return byQuestion.entrySet().stream()
                .filter(e -> Reconciliation.needed(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private void ensureScoringOpen(int year) {
        if (!context.lockedWindow(year).periodStatus().scoringOpen()) {
            throw new Conflict("scoring.notOpen", "Scoring is open only while the period is in ASSESSMENT", year);
        }
    }
}
