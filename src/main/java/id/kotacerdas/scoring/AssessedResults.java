package id.kotacerdas.scoring;

import id.kotacerdas.scoring.AssessedResult.QuestionResult;
import id.kotacerdas.scoring.AssessedResult.SurveyShortfall;
import id.kotacerdas.scoring.domain.FinalInterval;
import id.kotacerdas.scoring.domain.QuestionScore;
import id.kotacerdas.scoring.domain.RegionScore;
import id.kotacerdas.survey.SurveyScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the engine's working into the result view: per question its score and where it came from. */
final class AssessedResults {

    private AssessedResults() {}

    static AssessedResult view(int year, String region, RegionScore score, Map<Integer, SurveyScore> survey) {
        List<QuestionResult> questions = new ArrayList<>();
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        score.dimensions().forEach(d -> {
            dimensions.put(d.code(), d.shown());
            for (QuestionScore q : d.questions()) {
                SurveyScore s = survey.get(q.no());
                questions.add(new QuestionResult(
                        q.no(),
                        q.dimension(),
                        q.score().stripTrailingZeros(),
                        q.source().name(),
                        q.assessorScores(),
                        q.respondents(),
                        s == null ? null : s.ci95Low(),
                        s == null ? null : s.ci95High()));
            }
        });
        questions.sort(Comparator.comparingInt(QuestionResult::no));
        return new AssessedResult(
                year,
                region,
                score.track(),
                questions,
                dimensions,
                score.finalShown(),
                score.formula(),
                shortfalls(survey),
                score,
                FinalIntervalView.of(FinalInterval.of(score, SurveyBands.of(survey))));
    }

    /** The smart dimensions whose survey is short of its quota, with their counted responses. */
    private static List<SurveyShortfall> shortfalls(Map<Integer, SurveyScore> survey) {
        Map<String, SurveyShortfall> short_ = new LinkedHashMap<>();
        survey.values().stream()
                .filter(s -> !s.quotaReached())
                .forEach(s -> short_.merge(
                        s.dimension(),
                        new SurveyShortfall(s.dimension(), s.n(), s.quota()),
                        (a, b) -> a.responses() >= b.responses() ? a : b));
        return List.copyOf(short_.values());
    }
}
