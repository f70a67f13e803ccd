package id.kotacerdas.scoring;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.scoring.domain.QuestionScore;
import id.kotacerdas.scoring.domain.ScoringEngine;
import id.kotacerdas.scoring.domain.TrackWeights;
import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Computes dimension scores and the final from one region's question scores under a period's weights,
 * storing nothing. Every question of the instrument needs a score on the 1-4 scale.
 */
@Service
public class PreviewScores {

    private static final BigDecimal MIN = BigDecimal.ONE;
    private static final BigDecimal MAX = BigDecimal.valueOf(4);

    private final InstrumentApi instruments;

    PreviewScores(InstrumentApi instruments) {
        this.instruments = instruments;
    }

    public ScorePreview preview(
            int year, String track, Map<Integer, BigDecimal> questionScores, Map<String, BigDecimal> given) {
        InstrumentView instrument = instruments.instrument(year);
        if (track == null || !instrument.hasTrack(track)) {
            throw new InvalidInput("track", "track.unknown", "Unknown track " + track, String.valueOf(track));
        }
        Map<Integer, String> dimensionOf = new HashMap<>();
        instrument.questions().forEach(q -> dimensionOf.put(q.no(), q.dimension()));
        checkCoverage(dimensionOf.keySet(), questionScores);
        List<QuestionScore> scores = new ArrayList<>();
        for (QuestionView q : instrument.questions()) {
            BigDecimal score = questionScores.get(q.no());
            if (score.compareTo(MIN) < 0 || score.compareTo(MAX) > 0) {
                throw new InvalidInput(
                        "questionScores",
                        "preview.outOfScale",
                        "Question " + q.no() + " has " + score + ", outside the 1-4 scale",
                        q.no(),
                        score.toPlainString());
            }
            scores.add(QuestionScore.given(q.no(), q.dimension(), score));
        }
        TrackWeights weights = new TrackWeights(track, instrument.weightsOf(track));
        return ScorePreview.of(year, ScoringEngine.fromQuestions(weights, scores, given == null ? Map.of() : given));
    }

    private static void checkCoverage(Set<Integer> questions, Map<Integer, BigDecimal> scores) {
        Set<Integer> missing = new TreeSet<>(questions);
        scores.forEach((no, score) -> {
            if (score != null) {
                missing.remove(no);
            }
        });
        if (!missing.isEmpty()) {
            throw new InvalidInput(
                    "questionScores",
                    "preview.missing",
                    "Scores missing for questions " + join(missing),
                    join(missing));
        }
        Set<Integer> unknown = new TreeSet<>(scores.keySet());
        unknown.removeAll(questions);
        if (!unknown.isEmpty()) {
            throw new InvalidInput(
                    "questionScores", "preview.unknown", "No such questions: " + join(unknown), join(unknown));
        }
    }

    private static String join(Set<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
