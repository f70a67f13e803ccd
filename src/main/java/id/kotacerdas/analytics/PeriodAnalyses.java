package id.kotacerdas.analytics;

import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.assessment.PanelScoresChanged;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentChanged;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.shared.cache.DerivedCache;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each period's analysis, computed from its submitted scores on first use (one query) and kept until the scores
 * that count change (a submission, a revision, a reopening: {@link PanelScoresChanged}) or the period does, on
 * every instance. It checks no access: its callers do.
 */
@Component
class PeriodAnalyses {

    private final AssessmentApi assessments;
    private final InstrumentApi instruments;
    private final DerivedCache<Integer, PeriodAnalysis> analyses = new DerivedCache<>(16);

    PeriodAnalyses(AssessmentApi assessments, InstrumentApi instruments) {
        this.assessments = assessments;
        this.instruments = instruments;
    }

    PeriodAnalysis of(int year) {
        return analyses.get(year, this::load);
    }

    private PeriodAnalysis load(int year) {
        Map<Integer, String> dimensions = new HashMap<>();
        for (QuestionView q : instruments.instrument(year).questions()) {
            dimensions.put(q.no(), q.dimension());
        }
        return PeriodAnalysis.of(dimensions, assessments.submittedScores(year), AssessmentApi.RECONCILIATION_SPREAD);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PanelScoresChanged event) {
        analyses.invalidate(event.year());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InstrumentChanged event) {
        analyses.invalidate(event.year());
    }
}
