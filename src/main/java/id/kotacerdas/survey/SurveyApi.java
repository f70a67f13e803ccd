package id.kotacerdas.survey;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.survey.SurveyTallies.DimensionCount;
import id.kotacerdas.survey.SurveyTallies.Key;
import id.kotacerdas.survey.SurveyTallies.PositionKey;
import id.kotacerdas.survey.domain.AnswerCounts;
import id.kotacerdas.survey.domain.SmartDimension;
import id.kotacerdas.survey.domain.SurveyForm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The survey module's facade for the other modules: survey scores, progress and summaries. */
@Service
public class SurveyApi {

    private final SurveyForms forms;
    private final SurveyTallies tallies;
    private final SurveySummaries summaries;
    private final SurveyResponseRepository responses;
    private final RegionAccess access;
    private final InstrumentApi instruments;

    SurveyApi(
            SurveyForms forms,
            SurveyTallies tallies,
            SurveySummaries summaries,
            SurveyResponseRepository responses,
            RegionAccess access,
            InstrumentApi instruments) {
        this.instruments = instruments;
        this.responses = responses;
        this.forms = forms;
        this.tallies = tallies;
        this.summaries = summaries;
        this.access = access;
    }

    /**
     * The survey score of every surveyed question by number; the mean is null while it has no answers. Once the
     * period is FINALIZED (in the caller's transaction: finalization) no response is taken until the caller's
     * transaction ends, and the scores count every response stored before.
     */
    public Map<Integer, SurveyScore> scores(int year, String region) {
        SurveyForm form = forms.of(year);
        Map<Key, DimensionCount> counts;
        Map<PositionKey, AnswerCounts> answers;
        if (tallies.settle(year)) {
            counts = tallies.dimensionsLive(year, region);
            answers = tallies.answersLive(year, region);
        } else {
            tallies.catchUp();
            counts = tallies.dimensions(year, region);
            answers = tallies.answers(year, region);
        }
        Map<Integer, SurveyScore> scores = new LinkedHashMap<>();
        for (SmartDimension d : form.dimensions()) {
            DimensionCount c = counts.get(new Key(region, d.code()));
            boolean reached = c != null && c.counted() >= form.quota();
            for (int i = 0; i < d.questions().size(); i++) {
                AnswerCounts a = answers.getOrDefault(new PositionKey(region, d.code(), i + 1), AnswerCounts.none());
                int no = d.questions().get(i).no();
                scores.put(
                        no,
                        new SurveyScore(
                                no,
                                d.code(),
                                a.mean(),
                                a.n(),
                                form.quota(),
                                SurveySummaries.shown(a.ci95Low()),
                                SurveySummaries.shown(a.ci95High()),
                                reached));
            }
        }
        return scores;
    }

    /**
     * A region's summary for a reader allowed to see the region (administrator, its operator, its panel). The
     * region's operator sees the progress but not the statements' means until the period is PUBLISHED: a region
     * watching its live means could steer its own survey.
     */
    public SurveySummary summary(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        SurveySummary summary = summaries.region(year, region);
        boolean published = instruments.period(year).status().resultsPublic();
        return reader.isOperatorOf(region) && !published ? summary.withoutMeans() : summary;
    }

    /** The latest comments respondents typed, for a reader allowed to see the region. */
    public List<SurveyResponseRepository.Comment> comments(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        return responses.latestComments(year, region, 50);
    }

    /** Whether the reader may close the survey and export its responses: an administrator or the operator. */
    public boolean canManage(Actor reader, String region) {
        return reader.isAdminOrOperatorOf(region);
    }

    /** A region's summary for a published result: the caller decides that the result is public. */
    public SurveySummary publishedSummary(int year, String region) {
        return summaries.region(year, region);
    }

    /** The period's survey as administrators set it up: quota and statements, with the question each measures. */
    public SurveyForm form(int year) {
        return forms.of(year);
    }

    /** The surveyed questions still without a citizen statement of their own (they show the question's text). */
    public List<Integer> withoutStatement(int year) {
        return forms.withoutStatement(year);
    }

    /**
     * Each participant's survey progress (smart dimensions at quota, flagged responses) and the national
     * statement scores. No access check: the callers (tracking, the administrators' pages and API) check it.
     */
    public NationalSurveySummary progress(int year) {
        return summaries.nation(year);
    }
}
