package id.kotacerdas.analytics;

import id.kotacerdas.assessment.AgreementReading;
import id.kotacerdas.assessment.PanelAgreementReadings;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Answers the tracking dashboard (assessment) each panel's alpha and whether it lies under the floor. */
@Component
class TrackingAgreements implements PanelAgreementReadings {

    private final PeriodAnalyses analyses;

    TrackingAgreements(PeriodAnalyses analyses) {
        this.analyses = analyses;
    }

    @Override
    public Map<String, AgreementReading> of(int year) {
        Map<String, AgreementReading> readings = new HashMap<>();
        analyses.of(year).alphas().forEach((region, alpha) -> {
            if (alpha.defined()) {
                readings.put(region, new AgreementReading(alpha.interval(), alpha.belowFloor()));
            }
        });
        return readings;
    }
}
