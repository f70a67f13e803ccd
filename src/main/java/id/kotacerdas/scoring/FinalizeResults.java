package id.kotacerdas.scoring;

import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.instrument.ResultsFinalization;
import id.kotacerdas.scoring.NationalResultRepository.StoredResult;
import id.kotacerdas.scoring.domain.DimensionResult;
import id.kotacerdas.scoring.domain.DimensionSource;
import id.kotacerdas.scoring.domain.RegionScore;
import id.kotacerdas.shared.domain.Conflict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * When a period is finalized, computes every participant's scores from the scores of its panel's assessors
 * who submitted their scoring, and stores them as the period's national results (ranks and improvement follow
 * from the table). A member who never submitted (or whose submission was reopened and not sent again) does
 * not count; the audit entry of the finalization names them. Regions that neither submitted nor attended
 * their interview get no result: they are the non-participants. A region that took part but has a question
 * without a submitted score (e.g. no member submitted) refuses the finalization (409, listing the regions). Runs in the transaction of the move,
 * so a refusal leaves the period where it was.
 */
@Component
class FinalizeResults implements ResultsFinalization {

    private final InstrumentApi instruments;
    private final AssessmentApi assessments;
    private final ComputeAssessedResult results;
    private final NationalResultRepository repository;
    private final ResultRevisionRepository revisions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    FinalizeResults(
            InstrumentApi instruments,
            AssessmentApi assessments,
            ComputeAssessedResult results,
            NationalResultRepository repository,
            ResultRevisionRepository revisions,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.instruments = instruments;
        this.assessments = assessments;
        this.results = results;
        this.repository = repository;
        this.revisions = revisions;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public void finalizeResults(int year, String actor) {
        List<String> without = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        int scored = 0;
        for (ParticipantView p : instruments.participants(year)) {
            List<String> unsubmitted = assessments.unsubmittedAssessors(year, p.regionCode());
            if (!unsubmitted.isEmpty()) {
                leftOut.add(p.regionCode() + " " + String.join(" ", unsubmitted));
            }
            Optional<RegionScore> score = results.compute(year, p.regionCode(), p.track());
            if (score.isEmpty()) {
                if (assessments.tookPart(year, p.regionCode())) {
                    incomplete.add(p.regionCode());
                } else {
                    without.add(p.regionCode());
                }
                continue;
            }
            Map<String, BigDecimal> dimensions = dimensionScores(score.get());
            repository.save(
                    year,
                    new StoredResult(p.regionCode(), p.track(), dimensions, null, null),
                    null,
                    null,
                    "ASSESSMENT");
            revisions.append(
                    year,
                    p.regionCode(),
                    "computed at finalization",
                    actor,
                    dimensions,
                    score.get().finalShown());
            scored++;
        }
        if (!incomplete.isEmpty()) {
            throw new Conflict(
                            "finalize.incomplete",
                            "Regions that took part still lack submitted scores: " + incomplete,
                            String.join(", ", incomplete))
                    .with("incomplete", incomplete);
        }
        audit.record(AuditEvent.by(actor, "RESULTS_FINALIZED")
                .inPeriod(year)
                .to(scored + " regions scored; without result: " + String.join(", ", without)
                        + "; unsubmitted assessors left out: " + String.join(", ", leftOut)));
        events.publishEvent(new ResultsChanged(year));
    }

    /** Dimension scores at full precision; a weighted dimension without a value stays empty (counts 0). */
    private static Map<String, BigDecimal> dimensionScores(RegionScore score) {
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        for (DimensionResult d : score.dimensions()) {
            dimensions.put(d.code(), d.source() == DimensionSource.MISSING_COUNTED_AS_ZERO ? null : d.score());
        }
        return dimensions;
    }
}
