package id.kotacerdas.assessment;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator gives one participating region more time for its self-assessment (perpanjangan): a new deadline
 * after the period's, with a reason, while the period is in SELF_ASSESSMENT or ASSESSMENT and the region has not
 * submitted. It can be changed or withdrawn; every change is audited.
 */
@Service
public class ExtendSelfAssessment {

    private final ExtensionRepository extensions;
    private final SelfAssessmentRepository selfAssessments;
    private final SelfAssessmentContext context;
    private final InstrumentApi instruments;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    ExtendSelfAssessment(
            ExtensionRepository extensions,
            SelfAssessmentRepository selfAssessments,
            SelfAssessmentContext context,
            InstrumentApi instruments,
            RegionAccess access,
            AuditTrail audit,
            Clock clock) {
        this.extensions = extensions;
        this.selfAssessments = selfAssessments;
        this.context = context;
        this.instruments = instruments;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Grants the region an extension until {@code until}, or changes the one it has. */
    @Transactional
    public SelfAssessmentExtension grant(int year, String region, OffsetDateTime until, String reason, Actor actor) {
        access.ensureAdmin(actor);
        PeriodView period = instruments.lockStage(year);
        context.ensureParticipant(year, region);
        if (!period.status().selfAssessmentExtensible()) {
            throw new Conflict(
                    "extension.stage",
                    "Extensions are granted in SELF_ASSESSMENT or ASSESSMENT, not " + period.status(),
                    year);
        }
        if (until == null) {
            throw new InvalidInput("until", "extension.until.missing", "The new deadline is required");
        }
        if (period.selfAssessmentDeadline() != null
                && !until.atZoneSameInstant(clock.getZone()).toLocalDate().isAfter(period.selfAssessmentDeadline())) {
            throw new InvalidInput(
                    "until",
                    "extension.until.notAfterDeadline",
                    "The extension must end after the period's deadline " + period.selfAssessmentDeadline(),
                    period.selfAssessmentDeadline());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "extension.reason", "A reason is required for an extension");
        }
        if (selfAssessments.lockSubmission(year, region).submitted()) {
            throw new Conflict("extension.submitted", region + " has already submitted its self-assessment", region);
        }
        Optional<SelfAssessmentExtension> before = extensions.find(year, region);
        extensions.save(year, region, until, reason.strip(), actor.username());
        SelfAssessmentExtension after = extensions.find(year, region).orElseThrow();
        audit.record(AuditEvent.by(
                        actor.username(),
                        before.isPresent() ? "SELF_ASSESSMENT_EXTENSION_CHANGED" : "SELF_ASSESSMENT_EXTENSION_GRANTED")
                .in(year, region)
                .about(after.reason())
                .from(before.map(e -> e.until().toString()).orElse(null))
                .to(after.until().toString()));
        return after;
    }

    /** Withdraws the region's extension: the period's deadline holds again. */
    @Transactional
    public void withdraw(int year, String region, Actor actor) {
        access.ensureAdmin(actor);
        instruments.lockStage(year);
        Optional<SelfAssessmentExtension> before = extensions.find(year, region);
        if (before.isEmpty() || !extensions.delete(year, region)) {
            throw new NotFound("extension.notFound", region + " has no extension in " + year, region, year);
        }
        audit.record(AuditEvent.by(actor.username(), "SELF_ASSESSMENT_EXTENSION_WITHDRAWN")
                .in(year, region)
                .about(before.get().reason())
                .from(before.get().until().toString())
                .to(null));
    }
}
