package id.kotacerdas.survey;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.survey.NationalSurveySummary.RegionProgress;
import id.kotacerdas.survey.SurveySummary.DimensionProgress;
import id.kotacerdas.survey.SurveySummary.QuestionSummary;
import id.kotacerdas.survey.SurveyTallies.DimensionCount;
import id.kotacerdas.survey.SurveyTallies.Key;
import id.kotacerdas.survey.SurveyTallies.PositionKey;
import id.kotacerdas.survey.domain.AnswerCounts;
import id.kotacerdas.survey.domain.SmartDimension;
import id.kotacerdas.survey.domain.SurveyForm;
import id.kotacerdas.survey.domain.SurveyQuestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds survey summaries from the tallies, after bringing them up to date. No access checks here. */
@Component
class SurveySummaries {

    private final SurveyForms forms;
    private final SurveyTallies tallies;
    private final SurveyStatus status;
    private final SurveyRepository settings;
    private final InstrumentApi instruments;
    private final RegionApi regions;

    SurveySummaries(
            SurveyForms forms,
            SurveyTallies tallies,
            SurveyStatus status,
            SurveyRepository settings,
            InstrumentApi instruments,
            RegionApi regions) {
        this.forms = forms;
        this.tallies = tallies;
        this.status = status;
        this.settings = settings;
        this.instruments = instruments;
        this.regions = regions;
    }

    SurveySummary region(int year, String region) {
        SurveyForm form = forms.of(year);
        String name = regions.get(region).name();
        tallies.catchUp();
        Map<Key, DimensionCount> counts = tallies.dimensions(year, region);
        Map<PositionKey, AnswerCounts> answers = tallies.answers(year, region);
        Map<String, DimensionProgress> dimensions = new LinkedHashMap<>();
        for (SmartDimension d : form.dimensions()) {
            DimensionCount c = counts.getOrDefault(new Key(region, d.code()), new DimensionCount(d.code(), 0, 0, 0));
            dimensions.put(
                    d.code(),
                    new DimensionProgress(
                            d.name(),
                            c.counted(),
                            form.quota(),
                            c.straightLined(),
                            c.tooFast(),
                            c.counted() >= form.quota()));
        }
        List<QuestionSummary> questions =
                questions(form, (d, position) -> answers.get(new PositionKey(region, d, position)));
        return new SurveySummary(
                year,
                region,
                name,
                status.open(year, region),
                form.quota(),
                dimensions,
                questions,
                settings.discarded(year, region));
    }

    NationalSurveySummary nation(int year) {
        SurveyForm form = forms.of(year);
        tallies.catchUp();
        Map<Key, DimensionCount> counts = tallies.dimensions(year, null);
        Map<PositionKey, AnswerCounts> answers = tallies.answers(year, null);
        List<RegionProgress> rows = new ArrayList<>();
        for (ParticipantView p : instruments.participants(year)) {
            Map<String, Integer> responses = new LinkedHashMap<>();
            int complete = 0;
            int straight = 0;
            int fast = 0;
            for (SmartDimension d : form.dimensions()) {
                DimensionCount c = counts.get(new Key(p.regionCode(), d.code()));
                int counted = c == null ? 0 : c.counted();
                responses.put(d.code(), counted);
                complete += counted >= form.quota() ? 1 : 0;
                straight += c == null ? 0 : c.straightLined();
                fast += c == null ? 0 : c.tooFast();
            }
            rows.add(new RegionProgress(
                    p.regionCode(), regions.get(p.regionCode()).name(), responses, complete, straight, fast));
        }
        Map<String, AnswerCounts> pooled = new LinkedHashMap<>();
        answers.forEach((key, c) -> pooled.merge(key.dimension() + ":" + key.position(), c, SurveySummaries::add));
        List<QuestionSummary> questions = questions(form, (d, position) -> pooled.get(d + ":" + position));
        List<String> codes =
                form.dimensions().stream().map(SmartDimension::code).toList();
        return new NationalSurveySummary(year, form.quota(), codes, rows, questions);
    }

    /** Answer counts per statement: positions are 1-based within the smart dimension. */
    private static List<QuestionSummary> questions(
            SurveyForm form, BiFunction<String, Integer, AnswerCounts> countsAt) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        List<QuestionSummary> questions = new ArrayList<>();
        for (SmartDimension d : form.dimensions()) {
            for (int i = 0; i < d.questions().size(); i++) {
                SurveyQuestion q = d.questions().get(i);
                AnswerCounts c = countsAt.apply(d.code(), i + 1);
                questions.add(summary(d.code(), q, c == null ? AnswerCounts.none() : c, language));
            }
        }
        return questions;
    }

    private static QuestionSummary summary(String dimension, SurveyQuestion q, AnswerCounts c, String language) {
        return new QuestionSummary(
                q.no(),
                dimension,
                q.subDimension(),
                q.statementIn(language),
                shown(c.mean()),
                c.n(),
                shown(c.ci95Low()),
                shown(c.ci95High()),
                List.of(c.ones(), c.twos(), c.threes(), c.fours()));
    }

    static BigDecimal shown(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static AnswerCounts add(AnswerCounts a, AnswerCounts b) {
        return new AnswerCounts(
                a.ones() + b.ones(), a.twos() + b.twos(), a.threes() + b.threes(), a.fours() + b.fours());
    }
}
