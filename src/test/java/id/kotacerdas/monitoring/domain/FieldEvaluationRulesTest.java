package id.kotacerdas.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.InvalidInput;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks on a field evaluation, without the application: each refusal names its field and its key. */
class FieldEvaluationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 12, 1);
    private static final List<TeamMember> TEAM = List.of(
            new TeamMember(" Atina Ratnaningtyas ", "Ditjen Aptika Kemenkominfo", null),
            new TeamMember("", " ", null),
            new TeamMember("Prof. Djunaidi", "Universitas Gadjah Mada", "Pendamping"));

    @Test
    void a_visit_held_ahead_of_its_plan_over_two_days_is_recorded_with_blank_rows_left_out() {
        FieldEvaluationRules.Checked checked = FieldEvaluationRules.check(
                2020,
                LocalDate.of(2020, 6, 10),
                LocalDate.of(2020, 3, 10),
                LocalDate.of(2020, 3, 11),
                " Ruang Amarta ",
                TEAM,
                Arrays.asList("Bappeda", " ", null, "Dinkominfo "),
                "Inovasi perizinan berjalan.",
                TODAY);

        assertThat(checked.status()).isEqualTo(FieldEvaluationStatus.HELD);
        assertThat(checked.team())
                .extracting(TeamMember::name)
                .containsExactly("Atina Ratnaningtyas", "Prof. Djunaidi");
        assertThat(checked.stakeholders()).containsExactly("Bappeda", "Dinkominfo");
        assertThat(checked.place()).isEqualTo("Ruang Amarta");
    }

    @Test
    void a_plan_needs_no_findings() {
        assertThat(FieldEvaluationRules.check(
                                2020, LocalDate.of(2020, 11, 16), null, null, null, TEAM, null, null, TODAY)
                        .status())
                .isEqualTo(FieldEvaluationStatus.PLANNED);
    }

    @Test
    void each_refusal_names_its_field() {
        refused(() -> FieldEvaluationRules.semester(0), "semester", "fieldEvaluation.semester.invalid");
        refused(() -> FieldEvaluationRules.year(1999), "year", "fieldEvaluation.year.invalid");
        refused(() -> check(null, null, null, "x", TEAM), "plannedOn", "fieldEvaluation.planned.missing");
        refused(
                () -> check(LocalDate.of(2021, 1, 5), null, null, null, TEAM),
                "plannedOn",
                "fieldEvaluation.planned.outsideYear");
        refused(
                () -> check(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 2), null, " ", TEAM),
                "notes",
                "fieldEvaluation.notes.missing");
        refused(
                () -> check(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 12, 2), null, "x", TEAM),
                "heldOn",
                "fieldEvaluation.held.future");
        refused(
                () -> check(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 30), LocalDate.of(2020, 12, 2), "x", TEAM),
                "heldUntil",
                "fieldEvaluation.held.future");
        refused(
                () -> check(LocalDate.of(2020, 6, 1), LocalDate.of(2019, 12, 31), null, "x", TEAM),
                "heldOn",
                "fieldEvaluation.held.beforeYear");
        refused(
                () -> check(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 2), LocalDate.of(2020, 6, 1), "x", TEAM),
                "heldUntil",
                "fieldEvaluation.heldUntil.beforeHeld");
        refused(
                () -> check(LocalDate.of(2020, 6, 1), null, LocalDate.of(2020, 6, 1), null, TEAM),
                "heldUntil",
                "fieldEvaluation.heldUntil.withoutHeld");
        refused(
                () -> check(LocalDate.of(2020, 6, 1), null, null, null, List.of(new TeamMember(" ", "", null))),
                "team",
                "fieldEvaluation.team.empty");
        refused(
                () -> check(LocalDate.of(2020, 6, 1), null, null, null, List.of(new TeamMember(null, "UGM", null))),
                "team",
                "fieldEvaluation.team.name");
        refused(
                () -> FieldEvaluationRules.stakeholders(List.of("Bappeda", "BAPPEDA ")),
                "stakeholders",
                "fieldEvaluation.stakeholder.repeated");
        refused(
                () -> FieldEvaluationRules.due(LocalDate.of(2020, 3, 9), LocalDate.of(2020, 3, 10)),
                "dueOn",
                "fieldEvaluation.followUp.dueBeforeHeld");
        refused(() -> FieldEvaluationRules.due(null, null), "dueOn", "fieldEvaluation.followUp.dueMissing");
        refused(
                () -> FieldEvaluationRules.text("x".repeat(201), "agency", FieldEvaluationRules.NAME_LENGTH),
                "agency",
                "fieldEvaluation.text.tooLong");
    }

    private static FieldEvaluationRules.Checked check(
            LocalDate planned, LocalDate held, LocalDate until, String notes, List<TeamMember> team) {
        return FieldEvaluationRules.check(2020, planned, held, until, null, team, List.of(), notes, TODAY);
    }

    private static void refused(Runnable check, String field, String key) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
