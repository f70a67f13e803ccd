package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Every region's field evaluations of a year, for the ministry: per semester how many regions are evaluated and
 * how many evaluations were held, and one line per evaluation.
 */
public record NationalFieldEvaluations(int year, List<Semester> semesters, List<Line> evaluations) {

    /**
     * A semester's counts: evaluations (planned or held), held, and the follow-ups not done yet ({@code overdue}:
     * those past their due day).
     */
    public record Semester(int semester, int evaluations, int held, int openFollowUps, int overdueFollowUps) {

        public int planned() {
            return evaluations - held;
        }
    }

    /** One region's evaluation of a semester, with its follow-ups counted. */
    public record Line(
            String regionCode,
            String regionName,
            int semester,
            Long masterplanId,
            FieldEvaluationStatus status,
            LocalDate plannedOn,
            LocalDate heldOn,
            int followUps,
            int openFollowUps,
            int overdueFollowUps) {}
}
