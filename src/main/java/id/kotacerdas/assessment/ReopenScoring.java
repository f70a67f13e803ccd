package id.kotacerdas.assessment;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator reopens one assessor's submitted scoring, with a reason, while the period is in
 * ASSESSMENT: the assessor may then change any score without a reason, and is blind again (the co-assessors'
 * scores and findings stay hidden from them) until they submit again. Submitted scoring is otherwise
 * revised only on the reconciliation queue ({@link ScoreQuestions}).
 */
@Service
public class ReopenScoring {

    private static final int MAX_REASON = 2_000;

    private final PanelRepository panels;
    private final SelfAssessmentContext context;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ReopenScoring(
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

    @Transactional
    public ScoringReopened reopen(int year, String region, String assessor, String reason, Actor admin) {
        access.ensureAdmin(admin);
        if (assessor == null || !panels.isMember(assessor, year, region)) {
            throw new NotFound(
                    "panel.notMember",
                    assessor + " is not on the panel of " + region,
                    String.valueOf(assessor),
                    region);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new InvalidInput("reason", "scores.reopen.reason", "Reopening a submission needs a reason");
        }
        if (!context.lockedWindow(year).periodStatus().scoringOpen()) {
            throw new Conflict("scoring.notOpen", "Scoring is open only while the period is in ASSESSMENT", year);
        }
        panels.lockMember(year, region, assessor);
        if (!panels.submitted(year, region, assessor)) {
            throw new Conflict("scores.reopen.notSubmitted", assessor + " has not submitted their scores", assessor);
        }
        panels.reopen(year, region, assessor, reason.strip(), admin.username());
        audit.record(AuditEvent.by(admin.username(), "SCORES_REOPENED")
                .in(year, region)
                .about(assessor + " (" + reason.strip() + ")")
                .from("submitted")
                .to("reopened"));
        events.publishEvent(new PanelScoresChanged(year));
        events.publishEvent(new ReconciliationWaiting(year, region, List.of(assessor), List.of(), reason.strip()));
        return lastReopening(year, region, assessor).orElseThrow();
    }

    /** The last reopening of the assessor's scoring, for the assessor themselves or an administrator. */
    public Optional<ScoringReopened> lastReopening(int year, String region, String assessor, Actor reader) {
        access.ensureCanRead(reader, year, region);
        if (!reader.isAdmin() && !reader.is(assessor)) {
            access.ensureAdmin(reader);
        }
        return lastReopening(year, region, assessor);
    }

    private Optional<ScoringReopened> lastReopening(int year, String region, String assessor) {
        return panels.lastReopening(year, region, assessor)
                .map(r -> new ScoringReopened(assessor, r.reason(), r.reopenedBy(), r.reopenedAt()));
    }
}
