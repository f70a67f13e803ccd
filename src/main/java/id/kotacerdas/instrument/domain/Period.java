package id.kotacerdas.instrument.domain;

import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import java.time.LocalDate;

/**
 * An evaluation period (one year) and its lifecycle. Guards the instrument: once the period has
 * opened, its questions and weights cannot change.
 */
public record Period(
        int year,
        PeriodStatus status,
        LocalDate selfAssessmentOpens,
        LocalDate selfAssessmentDeadline,
        Integer copiedFrom,
        int version) {

    public static Period draft(int year, Integer copiedFrom) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "period.year.invalid", "Year must be between 2000 and 2100", year);
        }
        return new Period(year, PeriodStatus.DRAFT, null, null, copiedFrom, 0);
    }

    public void ensureInstrumentEditable() {
        if (status.instrumentFrozen()) {
            throw new Conflict(
                    "instrument.frozen",
                    "The instrument of " + year + " is frozen: the period is " + status,
                    year,
                    status);
        }
    }

    /** Moves to {@code target}, which must be the next stage. The instrument must be complete to open. */
    public Period moveTo(PeriodStatus target, Instrument instrument) {
        if (status.next().filter(target::equals).isEmpty()) {
            throw new Conflict(
                    "period.transition.refused",
                    "Period " + year + " cannot move from " + status + " to " + target,
                    year,
                    status,
                    target);
        }
        if (target == PeriodStatus.SELF_ASSESSMENT) {
            instrument.ensureComplete();
        }
        return new Period(year, target, selfAssessmentOpens, selfAssessmentDeadline, copiedFrom, version);
    }

    public Period schedule(LocalDate opens, LocalDate deadline) {
        if (status.resultsFrozen()) {
            throw new Conflict("period.schedule.frozen", "The schedule of a finalized period cannot change", year);
        }
        if (opens != null && deadline != null && !deadline.isAfter(opens)) {
            throw new InvalidInput(
                    "selfAssessmentDeadline",
                    "period.deadline.beforeOpen",
                    "The deadline must come after the opening date",
                    opens,
                    deadline);
        }
        return new Period(year, status, opens, deadline, copiedFrom, version);
    }
}
