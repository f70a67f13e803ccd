package id.kotacerdas.survey;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentChanged;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.shared.cache.DerivedCache;
import id.kotacerdas.survey.SurveyRepository.Statement;
import id.kotacerdas.survey.domain.SmartDimension;
import id.kotacerdas.survey.domain.SubDimensionName;
import id.kotacerdas.survey.domain.SurveyForm;
import id.kotacerdas.survey.domain.SurveyQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The survey of a period, built from its instrument: the questions of the {@value #SURVEY_DIMENSION} dimension
 * grouped by their indicator (the smart dimension), each with its citizen statement (the question's own text
 * until staff write one). Kept in memory until the instrument or the survey settings change.
 */
@Component
class SurveyForms {

    /** The instrument dimension measured by the citizen survey (docs/method.md). */
    static final String SURVEY_DIMENSION = "IMPACT";

    private final InstrumentApi instruments;
    private final SurveyRepository repository;
    private final DerivedCache<Integer, SurveyForm> forms = new DerivedCache<>(64);

    SurveyForms(InstrumentApi instruments, SurveyRepository repository) {
        this.instruments = instruments;
        this.repository = repository;
    }

    SurveyForm of(int year) {
        return forms.get(year, y -> build(instruments.instrument(y)));
    }

    /** The instrument questions without a citizen statement of their own. */
    List<Integer> withoutStatement(int year) {
        Map<Integer, Statement> statements = repository.statements(year);
        return surveyQuestions(instruments.instrument(year)).stream()
                .map(QuestionView::no)
                .filter(no -> !statements.containsKey(no))
                .toList();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InstrumentChanged event) {
        forms.invalidate(event.year());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SurveyChanged event) {
        forms.invalidate(event.year());
    }

    private SurveyForm build(InstrumentView instrument) {
        Map<Integer, Statement> statements = repository.statements(instrument.year());
        Map<String, List<SurveyQuestion>> byDimension = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (QuestionView q : surveyQuestions(instrument)) {
            String code = SmartDimension.codeOf(q.indicator());
            names.putIfAbsent(code, q.indicator().trim());
            Statement s = statements.get(q.no());
            byDimension
                    .computeIfAbsent(code, k -> new ArrayList<>())
                    .add(new SurveyQuestion(
                            q.no(),
                            SubDimensionName.of(q.subIndicator()),
                            s != null ? s.textId() : q.text(),
                            s != null ? s.textEn() : null));
        }
        List<SmartDimension> dimensions = new ArrayList<>();
        byDimension.forEach((code, questions) -> dimensions.add(new SmartDimension(code, names.get(code), questions)));
        return new SurveyForm(instrument.year(), repository.quota(instrument.year()), dimensions);
    }

    private static List<QuestionView> surveyQuestions(InstrumentView instrument) {
        return instrument.questions().stream()
                .filter(q -> SURVEY_DIMENSION.equals(q.dimension()))
                .toList();
    }
}
