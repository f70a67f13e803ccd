package id.kotacerdas.assessment.domain;

import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.shared.domain.Conflict;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When a region may change its self-assessment: while its period is in SELF_ASSESSMENT, from the
 * opening day to the deadline day inclusive (either may be unset), and until the region submits.
 */
public record SelfAssessmentWindow(int year, PeriodStatus periodStatus, LocalDate opens, LocalDate deadline) {

    /**
     * As {@link #ensureOpen(LocalDate, boolean)}, for a region granted more time until {@code extendedUntil} (null:
     * none): while that runs and the period is in SELF_ASSESSMENT or ASSESSMENT, the region writes whatever the
     * period's dates, until it submits.
     */
    public void ensureOpen(LocalDate today, boolean submitted, Instant now, Instant extendedUntil) {
        if (extendedUntil != null && periodStatus.selfAssessmentExtensible() && now.isBefore(extendedUntil)) {
            if (submitted) {
                throw submittedAlready();
            }
            return;
        }
        ensureOpen(today, submitted);
    }

    public void ensureOpen(LocalDate today, boolean submitted) {
        if (!periodStatus.selfAssessmentOpen()) {
            throw new Conflict(
                    "selfAssessment.notOpen",
                    "The self-assessment of " + year + " is not open (the period is " + periodStatus + ")",
                    year);
        }
        if (opens != null && today.isBefore(opens)) {
            throw new Conflict("selfAssessment.notYetOpen", "The self-assessment opens on " + opens, opens);
        }
        if (deadline != null && today.isAfter(deadline)) {
            throw new Conflict("selfAssessment.deadlinePassed", "The self-assessment closed on " + deadline, deadline);
        }
        if (submitted) {
            throw submittedAlready();
        }
    }

    private Conflict submittedAlready() {
        return new Conflict(
                "selfAssessment.submitted", "The self-assessment was submitted; an administrator can reopen it", year);
    }
}
