package id.kotacerdas.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A region's progress through its cohort's milestones (docs/method.md, section 8.5). */
class MilestoneProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 7, 1);

    @Test
    void two_of_the_six_default_milestones_reached_leaves_the_third_next() {
        MilestoneProgress p = MilestoneProgress.of(
                MilestonePlan.defaults(), Map.of(1, LocalDate.of(2018, 4, 10), 2, LocalDate.of(2018, 6, 30)), TODAY);

        assertThat(p.reached()).isEqualTo(2);
        assertThat(p.total()).isEqualTo(6);
        assertThat(p.next().name()).isEqualTo("Bimtek II");
        assertThat(p.nextOverdue()).isFalse();
        assertThat(p.complete()).isFalse();
    }

    @Test
    void the_next_is_the_first_not_reached_and_overdue_once_its_due_date_passed() {
        List<Milestone> list = MilestonePlan.check(List.of(
                new MilestonePlan.Draft("Bimtek I", LocalDate.of(2018, 5, 1)),
                new MilestonePlan.Draft(" Draf ", LocalDate.of(2018, 6, 1)),
                new MilestonePlan.Draft("Final", null)));
        MilestoneProgress p = MilestoneProgress.of(list, Map.of(2, LocalDate.of(2018, 5, 20)), TODAY);

        assertThat(list.get(1)).isEqualTo(new Milestone(2, "Draf", LocalDate.of(2018, 6, 1)));
        assertThat(p.reached()).isEqualTo(1);
        assertThat(p.next().no()).isEqualTo(1);
        assertThat(p.nextOverdue()).isTrue();
        assertThat(MilestoneProgress.of(list, Map.of(1, TODAY, 2, TODAY, 3, TODAY), TODAY)
                        .complete())
                .isTrue();
    }

    @Test
    void an_unnamed_milestone_or_an_empty_list_is_refused() {
        assertThatThrownBy(() -> MilestonePlan.check(List.of()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("milestone.list.empty"));
        assertThatThrownBy(() -> MilestonePlan.check(List.of(new MilestonePlan.Draft(" ", null))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("milestone.name"));
    }

    @Test
    void an_attendance_counts_its_headcount_or_its_attendees_and_needs_one_of_them() {
        assertThat(Attendance.check("33.75", "Siti, Kepala Bappeda\n\nAndi, Kabid TIK\n", null)
                        .count())
                .isEqualTo(2);
        assertThat(Attendance.check("33.75", "Siti", 12).count()).isEqualTo(12);
        assertThatThrownBy(() -> Attendance.check("33.75", " ", null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("guidance.attendance.missing"));
    }
}
