package id.kotacerdas.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Institutions monitored by stage (Kota Surakarta's report: every institution formed and active) and quick wins by
 * their continuity year to year.
 */
class InstitutionsAndQuickWinsTest {

    private static final int YEAR = 2022;

    @Test
    void surakartas_institutions_all_formed_and_active() {
        List<MonitoredItem> institutions =
                List.of(institution(2, 2), institution(2, 2), institution(2, 2), institution(2, 2), institution(2, 2));

        MonitoringSummary summary = MonitoringSummary.of(institutions, YEAR, null);

        assertThat(summary.institutions()).isEqualTo(new InstitutionCount(5, 5, 5));
        assertThat(summary.categories().get(Category.INSTITUTION).met()).isEqualTo(5);
    }

    @Test
    void
            a_formed_institution_that_is_not_yet_active_misses_an_active_target_and_one_without_a_stage_counts_as_not_formed() {
        List<MonitoredItem> institutions = List.of(institution(2, 1), institution(1, 1), institution(2, null));

        MonitoringSummary summary = MonitoringSummary.of(institutions, YEAR, null);

        assertThat(summary.institutions()).isEqualTo(new InstitutionCount(3, 2, 0));
        assertThat(summary.categories().get(Category.INSTITUTION).met()).isEqualTo(1);
        assertThat(summary.categories().get(Category.INSTITUTION).unknown()).isEqualTo(1);
    }

    @Test
    void a_stage_is_0_1_or_2_whatever_its_scale() {
        assertThat(InstitutionStage.of(new BigDecimal("2.0000"))).contains(InstitutionStage.ACTIVE);
        assertThat(InstitutionStage.of(BigDecimal.ZERO)).contains(InstitutionStage.NOT_FORMED);
        assertThat(InstitutionStage.of(new BigDecimal("1.5"))).isEmpty();
        assertThat(InstitutionStage.of(new BigDecimal("3"))).isEmpty();
        assertThat(InstitutionStage.of(new BigDecimal("-1"))).isEmpty();
        assertThatThrownBy(() -> MasterplanRules.stage(Category.INSTITUTION, new BigDecimal("3"), "value"))
                .isInstanceOf(InvalidInput.class);
        MasterplanRules.stage(Category.POLICY, new BigDecimal("3"), "value");
    }

    @Test
    void a_quick_win_continues_with_a_realisation_is_stopped_from_its_stop_year_and_else_is_not_reported() {
        MonitoredItem running = quickWin(Map.of(2020, "1", 2021, "1", 2022, "1"), null);
        MonitoredItem stopped = quickWin(Map.of(2020, "1", 2021, "1"), 2022);
        MonitoredItem silent = quickWin(Map.of(2020, "1"), null);
        MonitoredItem later = new MonitoredItem(
                Category.QUICK_WIN,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                Map.of(2023, BigDecimal.ONE),
                List.of(),
                null);

        assertThat(running.continuity(YEAR, null)).isEqualTo(Continuity.CONTINUED);
        assertThat(stopped.continuity(2021, null)).isEqualTo(Continuity.CONTINUED);
        assertThat(stopped.continuity(YEAR, null)).isEqualTo(Continuity.STOPPED);
        assertThat(silent.continuity(YEAR, null)).isEqualTo(Continuity.NOT_REPORTED);
        assertThat(later.continuity(YEAR, null)).isEqualTo(Continuity.NOT_STARTED);
        assertThat(MonitoringSummary.of(List.of(running, stopped, silent, later), YEAR, null)
                        .quickWins())
                .isEqualTo(new QuickWinCount(3, 1, 1, 1));
    }

    @Test
    void a_quick_win_realised_in_the_first_semester_only_continued_in_that_semester_and_the_year_so_far() {
        MonitoredItem item = new MonitoredItem(
                Category.QUICK_WIN,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                Map.of(YEAR, BigDecimal.TEN),
                List.of(new Realisation(YEAR, 1, BigDecimal.ONE, null)),
                null);

        assertThat(item.continuity(YEAR, 1)).isEqualTo(Continuity.CONTINUED);
        assertThat(item.continuity(YEAR, 2)).isEqualTo(Continuity.NOT_REPORTED);
        assertThat(item.continuity(YEAR, null)).isEqualTo(Continuity.CONTINUED);
    }

    @Test
    void other_items_have_no_stage_nor_continuity() {
        MonitoredItem policy = new MonitoredItem(
                Category.POLICY,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                Map.of(YEAR, BigDecimal.ONE),
                List.of(new Realisation(YEAR, null, BigDecimal.ONE, null)));

        assertThat(policy.stage(YEAR, null)).isEmpty();
        assertThat(policy.continuity(YEAR, null)).isNull();
        assertThat(MonitoringSummary.of(List.of(policy), YEAR, null).institutions())
                .isNull();
        assertThat(MonitoringSummary.of(List.of(policy), YEAR, null).quickWins())
                .isNull();
    }

    private static MonitoredItem institution(int target, Integer stage) {
        return new MonitoredItem(
                Category.INSTITUTION,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                Map.of(YEAR, BigDecimal.valueOf(target)),
                stage == null ? List.of() : List.of(new Realisation(YEAR, null, BigDecimal.valueOf(stage), null)));
    }

    /** A quick win with a target every year from 2020 to 2022 and the realisations given (year → value). */
    private static MonitoredItem quickWin(Map<Integer, String> realised, Integer stoppedYear) {
        return new MonitoredItem(
                Category.QUICK_WIN,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                Map.of(2020, BigDecimal.ONE, 2021, BigDecimal.ONE, 2022, BigDecimal.ONE),
                realised.entrySet().stream()
                        .map(e -> new Realisation(e.getKey(), null, new BigDecimal(e.getValue()), null))
                        .toList(),
                stoppedYear);
    }
}
