package id.kotacerdas.instrument;

import java.time.LocalDate;

/** An evaluation period as other modules and the API see it. */
public record PeriodView(
        int year,
        PeriodStatus status,
        LocalDate selfAssessmentOpens,
        LocalDate selfAssessmentDeadline,
        Integer copiedFrom,
        boolean instrumentFrozen,
        int questions,
        int participants) {}
