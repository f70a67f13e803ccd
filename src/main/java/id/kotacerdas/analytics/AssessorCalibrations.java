package id.kotacerdas.analytics;

import id.kotacerdas.analytics.domain.AssessorCalibration;
import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Every assessor's calibration in a period (docs/method.md 10.2), for administrators while the period is in
 * ASSESSMENT or FINALIZED: their mean difference from their panel mates, its interval, the rest's interval, their
 * leaning and how often they were the outlier of a question in reconciliation.
 */
@Service
public class AssessorCalibrations {

    private final PeriodAnalyses analyses;
    private final InstrumentApi instruments;
    private final RegionAccess access;

    AssessorCalibrations(PeriodAnalyses analyses, InstrumentApi instruments, RegionAccess access) {
        this.analyses = analyses;
        this.instruments = instruments;
        this.access = access;
    }

    /** The period's calibration; 409 outside ASSESSMENT and FINALIZED. */
    public CalibrationView period(int year, Actor reader) {
        access.ensureAdmin(reader);
        PeriodView period = instruments.period(year);
        CalibrationStage.ensureOpen(period);
        return view(period);
    }

    /** The period's calibration while it is open (ASSESSMENT, FINALIZED), else empty: for a page that says why. */
    public Optional<CalibrationView> whileOpen(int year, Actor reader) {
        access.ensureAdmin(reader);
        PeriodView period = instruments.period(year);
        return isOpen(period.status()) ? Optional.of(view(period)) : Optional.empty();
    }

    /** Whether assessors are calibrated, and what-if finals computed, in this stage. */
    public static boolean isOpen(PeriodStatus status) {
        return CalibrationStage.open(status);
    }

    private CalibrationView view(PeriodView period) {
        int year = period.year();
        PeriodAnalysis analysis = analyses.of(year);
        return new CalibrationView(
                year,
                period.status().name(),
                analysis.sheets().size(),
                AssessmentApi.RECONCILIATION_SPREAD,
                analysis.calibration().stream()
                        .filter(AssessorCalibration::flagged)
                        .map(AssessorCalibration::assessor)
                        .toList(),
                analysis.calibration());
    }
}
