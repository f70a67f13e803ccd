package id.kotacerdas.scoring;

import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.assessment.SubmittedScore;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.scoring.domain.AssessedQuestion;
import id.kotacerdas.scoring.domain.FinalInterval;
import id.kotacerdas.scoring.domain.QuestionScore;
import id.kotacerdas.scoring.domain.RegionScore;
import id.kotacerdas.scoring.domain.ScoringEngine;
import id.kotacerdas.scoring.domain.TrackWeights;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.survey.SurveyApi;
import id.kotacerdas.survey.SurveyScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Computes a region's result from its assessors' scores and, for Impact questions whose smart dimension met
 * the survey quota, its citizens' survey scores, with the scoring engine. Administrators may
 * read it, and assessors of the panel once they have submitted their own scores (so that nobody reads
 * the others' scores through the means before scoring blind).
 */
@Service
public class ComputeAssessedResult {

    private final AssessmentApi assessments;
    private final InstrumentApi instruments;
    private final SurveyApi surveys;
    private final RegionAccess access;

    ComputeAssessedResult(
            AssessmentApi assessments, InstrumentApi instruments, SurveyApi surveys, RegionAccess access) {
        this.assessments = assessments;
        this.instruments = instruments;
        this.surveys = surveys;
        this.access = access;
    }

    public AssessedResult result(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        if (!reader.isAdmin() && !assessments.hasSubmittedScores(reader.username(), year, region)) {
            access.ensureAdmin(reader);
        }
        String track = trackOf(year, region);
        return view(year, region, track, inputs(year, region));
    }

    /**
     * What the region's result would be without one assessor (a what-if for administrators, never stored): computed
     * exactly as {@link #result} is, from the other submitted assessors' scores and, for Impact questions whose smart
     * dimension met the quota, the citizens' survey scores. 404 when the assessor has no submitted scores of the
     * region; 409 when no other assessor's scores are left for a question.
     */
    public AssessedResult without(int year, String region, String assessor, Actor reader) {
        access.ensureAdmin(reader);
        String track = trackOf(year, region);
        List<SubmittedScore> scores = assessments.submittedScores(year, region);
        if (scores.stream().noneMatch(s -> s.assessor().equals(assessor))) {
            throw new NotFound(
                    "whatIf.notSubmitted",
                    assessor + " has no submitted scores of " + region + " in " + year,
                    String.valueOf(assessor),
                    region);
        }
        Map<Integer, List<Integer>> others = new TreeMap<>();
        scores.stream()
                .filter(s -> !s.assessor().equals(assessor))
                .forEach(s ->
                        others.computeIfAbsent(s.no(), k -> new ArrayList<>()).add(s.score()));
        Inputs inputs = new Inputs(instruments.instrument(year), others, surveys.scores(year, region));
        return view(year, region, track, inputs);
    }

    private String trackOf(int year, String region) {
        return instruments.participants(year).stream()
                .filter(p -> p.regionCode().equals(region))
                .map(ParticipantView::track)
                .findFirst()
                .orElseThrow(() -> new NotFound(
                        "selfAssessment.notParticipant", region + " does not take part in " + year, region, year));
    }

    private static AssessedResult view(int year, String region, String track, Inputs inputs) {
        List<Integer> unscored = inputs.unscored();
        if (!unscored.isEmpty()) {
            throw incomplete(unscored);
        }
        return AssessedResults.view(year, region, inputs.score(track), inputs.survey());
    }

    /** The region's score from its panel's and citizens' scores, empty while a question has no score. */
    Optional<RegionScore> compute(int year, String region, String track) {
        Inputs inputs = inputs(year, region);
        return inputs.unscored().isEmpty() ? Optional.of(inputs.score(track)) : Optional.empty();
    }

    /** A region's score and the 95% interval of its final from the survey questions among its scores. */
    record Scored(RegionScore score, FinalInterval interval) {}

    /** The region's score as {@link #compute} gives it, with its final's interval (docs/method.md 10.4). */
    Optional<Scored> withInterval(int year, String region, String track) {
        Inputs inputs = inputs(year, region);
        if (!inputs.unscored().isEmpty()) {
            return Optional.empty();
        }
        RegionScore score = inputs.score(track);
        return Optional.of(new Scored(score, FinalInterval.of(score, SurveyBands.of(inputs.survey()))));
    }

    private Inputs inputs(int year, String region) {
        return new Inputs(
                instruments.instrument(year), assessments.assessorScores(year, region), surveys.scores(year, region));
    }

    /**
     * What a region's score is computed from: a question takes the survey score when its smart dimension met
     * the quota, else the mean of its assessors' scores; a question with neither is unscored.
     */
    private record Inputs(
            InstrumentView instrument, Map<Integer, List<Integer>> assessors, Map<Integer, SurveyScore> survey) {

        Optional<QuestionScore> scoreOf(InstrumentView.QuestionView q) {
            SurveyScore fromSurvey = survey.get(q.no());
            if (fromSurvey != null && fromSurvey.quotaReached()) {
                return Optional.of(QuestionScore.fromSurvey(q.no(), q.dimension(), fromSurvey.mean(), fromSurvey.n()));
            }
            List<Integer> scores = assessors.get(q.no());
            return scores == null
                    ? Optional.empty()
                    : Optional.of(QuestionScore.of(new AssessedQuestion(q.no(), q.dimension(), scores)));
        }

        List<Integer> unscored() {
            return instrument.questions().stream()
                    .filter(q -> scoreOf(q).isEmpty())
                    .map(InstrumentView.QuestionView::no)
                    .toList();
        }

        RegionScore score(String track) {
            List<QuestionScore> questions = new ArrayList<>();
            instrument.questions().forEach(q -> questions.add(scoreOf(q).orElseThrow()));
            return ScoringEngine.fromQuestions(
                    new TrackWeights(track, instrument.weightsOf(track)), questions, Map.of());
        }
    }

    private static Conflict incomplete(List<Integer> unscored) {
        return (Conflict) new Conflict(
                        "result.incomplete",
                        unscored.size() + " questions have no score yet",
                        unscored.size(),
                        unscored.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .with("unscored", unscored);
    }
}
