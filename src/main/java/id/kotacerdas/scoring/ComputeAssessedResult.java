package id.kotacerdas.scoring;

import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.scoring.AssessedResult.QuestionResult;
import id.kotacerdas.scoring.domain.AssessedQuestion;
import id.kotacerdas.scoring.domain.QuestionScore;
import id.kotacerdas.scoring.domain.RegionScore;
import id.kotacerdas.scoring.domain.ScoringEngine;
import id.kotacerdas.scoring.domain.TrackWeights;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Computes a region's result from its assessors' scores with the scoring engine. Administrators may
 * read it, and assessors of the panel once they have submitted their own scores (so that nobody reads
 * the others' scores through the means before scoring blind).
 */
@Service
public class ComputeAssessedResult {

    private final AssessmentApi assessments;
    private final InstrumentApi instruments;
    private final RegionAccess access;

    ComputeAssessedResult(AssessmentApi assessments, InstrumentApi instruments, RegionAccess access) {
        this.assessments = assessments;
        this.instruments = instruments;
        this.access = access;
    }

    public AssessedResult result(int year, String region, String reader) {
        access.ensureCanRead(reader, year, region);
        if (!access.isAdmin(reader) && !assessments.hasSubmittedScores(reader, year, region)) {
            access.ensureAdmin(reader);
        }
        String track = instruments.participants(year).stream()
                .filter(p -> p.regionCode().equals(region))
                .map(ParticipantView::track)
                .findFirst()
                .orElseThrow(() -> new NotFound(
                        "selfAssessment.notParticipant", region + " does not take part in " + year, region, year));
        InstrumentView instrument = instruments.instrument(year);
        Map<Integer, List<Integer>> scores = assessments.assessorScores(year, region);
        List<Integer> unscored = unscored(instrument, scores);
        if (!unscored.isEmpty()) {
            throw incomplete(unscored);
        }
        return view(year, region, score(instrument, track, scores));
    }

    /** The region's score from its panel's scores, empty while a question has no score. */
    Optional<RegionScore> compute(int year, String region, String track) {
        InstrumentView instrument = instruments.instrument(year);
        Map<Integer, List<Integer>> scores = assessments.assessorScores(year, region);
        return unscored(instrument, scores).isEmpty()
                ? Optional.of(score(instrument, track, scores))
                : Optional.empty();
    }

    private static RegionScore score(InstrumentView instrument, String track, Map<Integer, List<Integer>> scores) {
        List<AssessedQuestion> assessed = new ArrayList<>();
        instrument
                .questions()
                .forEach(q -> assessed.add(new AssessedQuestion(q.no(), q.dimension(), scores.get(q.no()))));
        return ScoringEngine.fromAssessments(new TrackWeights(track, instrument.weightsOf(track)), assessed, Map.of());
    }

    private static List<Integer> unscored(InstrumentView instrument, Map<Integer, List<Integer>> scores) {
        return instrument.questions().stream()
                .map(InstrumentView.QuestionView::no)
                .filter(no -> !scores.containsKey(no))
                .toList();
    }

    private static Conflict incomplete(List<Integer> unscored) {
        return (Conflict) new Conflict(
                        "result.incomplete",
                        unscored.size() + " questions have no score yet",
                        unscored.size(),
                        unscored.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .with("unscored", unscored);
    }

    private static AssessedResult view(int year, String region, RegionScore score) {
        List<QuestionResult> questions = new ArrayList<>();
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        score.dimensions().forEach(d -> {
            dimensions.put(d.code(), d.shown());
            for (QuestionScore q : d.questions()) {
                questions.add(
                        new QuestionResult(q.no(), q.dimension(), q.score().stripTrailingZeros(), q.assessorScores()));
            }
        });
        questions.sort((a, b) -> Integer.compare(a.no(), b.no()));
        return new AssessedResult(
                year, region, score.track(), questions, dimensions, score.finalShown(), score.formula(), score);
    }
}
