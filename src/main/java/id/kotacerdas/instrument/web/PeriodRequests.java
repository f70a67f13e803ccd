package id.kotacerdas.instrument.web;

import id.kotacerdas.instrument.domain.Question;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Request bodies of the periods API. */
final class PeriodRequests {

    private PeriodRequests() {}

    record CreatePeriodRequest(@NotNull Integer year, Integer copyInstrumentFrom) {}

    /** Absent fields keep their current value. */
    record ScheduleRequest(LocalDate selfAssessmentOpens, LocalDate selfAssessmentDeadline) {}

    record TransitionRequest(@NotBlank String to, String reason) {}

    record ParticipantRequest(@NotBlank String track) {}

    record QuestionRequest(
            @NotBlank String dimension,
            @NotBlank String indicator,
            @NotBlank String subIndicator,
            @NotBlank String text) {
        Question toQuestion(int no) {
            return new Question(no, dimension, indicator, subIndicator, text);
        }
    }

    record QuestionCreated(int no) {}
}
