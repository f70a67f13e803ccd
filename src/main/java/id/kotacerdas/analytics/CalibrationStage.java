package id.kotacerdas.analytics;

import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.shared.domain.Conflict;

/**
 * The assessors are calibrated, and the what-if final computed, while the period is in ASSESSMENT (reconciliation
 * and reopening can still act on it) or FINALIZED (before the results are published).
 */
final class CalibrationStage {

    private CalibrationStage() {}

    static boolean open(PeriodStatus status) {
        return status == PeriodStatus.ASSESSMENT || status == PeriodStatus.FINALIZED;
    }

    static void ensureOpen(PeriodView period) {
        if (!open(period.status())) {
            throw new Conflict(
                    "calibration.stage",
                    "Assessor calibration is open while the period is in ASSESSMENT or FINALIZED",
                    period.year(),
                    period.status().name());
        }
    }
}
