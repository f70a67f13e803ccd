package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Every region's field evaluations of a year, for the ministry: per semester how many regions are evaluated and
 * how many evaluations were held, and one line per evaluation.
 */
public record NationalFieldEvaluations(int year, List<Semester> semesters, List<Line> evaluations) {

    /** The year's evaluations, by semester then region, counted for both semesters. */
    static NationalFieldEvaluations of(int year, List<Line> lines) {
        List<Semester> semesters = List.of(1, 2).stream()
                .map(s -> {
                    List<Line> of =
                            lines.stream().filter(l -> l.semester() == s).toList();
                    return new Semester(
                            s,
                            of.size(),
                            (int) of.stream()
                                    .filter(l -> l.status() == FieldEvaluationStatus.HELD)
                                    .count(),
                            of.stream().mapToInt(Line::openFollowUps).sum(),
                            of.stream().mapToInt(Line::overdueFollowUps).sum());
                })
                .toList();
        return new NationalFieldEvaluations(year, semesters, lines);
    }

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
    @Schema(name = "NationalFieldEvaluationLine") // the API contract: another type of the API has its simple name
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
