package id.kotacerdas.scoring;

import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.scoring.NationalResultRepository.StoredResult;
import id.kotacerdas.scoring.domain.RegionScore;
import id.kotacerdas.scoring.domain.ScoringEngine;
import id.kotacerdas.scoring.domain.TrackWeights;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.security.Role;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.Forbidden;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finalized or published result never changes in place: a correction is a new revision of the
 * region's dimension scores, with a reason, and the history keeps every revision. A corrected row keeps its
 * source: a row of an imported table stays PUBLISHED_TABLE, so later imports of the period still run.
 */
@Service
public class CorrectResult {

    private static final BigDecimal MIN = BigDecimal.ONE;
    private static final BigDecimal MAX = BigDecimal.valueOf(4);

    private final NationalResultRepository results;
    private final ResultRevisionRepository revisions;
    private final InstrumentApi instruments;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AssessmentApi assessments;

    CorrectResult(
            NationalResultRepository results,
            ResultRevisionRepository revisions,
            InstrumentApi instruments,
            RegionAccess access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            AssessmentApi assessments) {
        this.results = results;
        this.assessments = assessments;
        this.revisions = revisions;
        this.instruments = instruments;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public ResultRevision correct(
            int year, String region, Map<String, BigDecimal> corrected, String reason, Actor actor) {
        access.ensureAdmin(actor);
        if (!instruments.period(year).status().resultsFrozen()) {
            throw new Conflict("correction.notFinal", "Only finalized or published results are corrected", year);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "correction.reason", "A correction needs a reason");
        }
        StoredResult current = results.load(year).stream()
                .filter(r -> r.regionCode().equals(region))
                .findFirst()
                .orElseThrow(() -> new NotFound("result.notFound", "No result for " + region, region, year));
        InstrumentView instrument = instruments.instrument(year);
        TrackWeights weights = new TrackWeights(current.track(), instrument.weightsOf(current.track()));
        Map<String, BigDecimal> scores = new LinkedHashMap<>(current.scores());
        corrected.forEach((dimension, value) -> {
            if (!weights.weights().containsKey(dimension)) {
                throw new InvalidInput("scores", "dimension.unknown", "Unknown dimension " + dimension, dimension);
            }
            if (value != null && (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0)) {
                throw new InvalidInput(
                        "scores",
                        "preview.outOfScale",
                        dimension + " is outside 1-4",
                        dimension,
                        value.toPlainString());
            }
            scores.put(dimension, value);
        });
        RegionScore score = ScoringEngine.fromDimensionScores(weights, scores);
        results.save(
                year,
                new StoredResult(
                        region, current.track(), scores, current.publishedFinal(), current.publishedImprovement()),
                null,
                null,
                results.source(year, region));
        int revision = revisions.append(year, region, reason.strip(), actor.username(), scores, score.finalShown());
        audit.record(AuditEvent.by(actor.username(), "RESULT_CORRECTED")
                .in(year, region)
                .about("revision " + revision + ": " + reason.strip())
                .from(current.scores().toString())
                .to(scores.toString()));
        events.publishEvent(new ResultsChanged(year));
        List<ResultRevision> history = revisions.history(year, region);
        return history.get(history.size() - 1);
    }

    /**
     * Every revision of the region's result: administrators always; an assessor of the panel once they
     * submitted their scores; the region's operator only once the period is PUBLISHED (403 before).
     */
    public List<ResultRevision> history(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        boolean allowed = reader.isAdmin()
                || (reader.isAssessor() && assessments.hasSubmittedScores(reader.username(), year, region))
                || (reader.role() == Role.OPERATOR
                        && instruments.period(year).status().resultsPublic());
        if (!allowed) {
            throw new Forbidden(
                    "disclosure.notPublished",
                    "The result of " + region + " is shown to the region once the results of " + year
                            + " are published",
                    year);
        }
        return revisions.history(year, region);
    }
}
