package id.kotacerdas.monitoring.domain;

import static id.kotacerdas.monitoring.domain.Category.APPLICATION;
import static id.kotacerdas.monitoring.domain.Category.GOAL_INDICATOR;
import static id.kotacerdas.monitoring.domain.Category.INFRASTRUCTURE;
import static id.kotacerdas.monitoring.domain.Category.ISO_37122;
import static id.kotacerdas.monitoring.domain.Category.LITERACY;
import static id.kotacerdas.monitoring.domain.Category.POLICY;
import static id.kotacerdas.monitoring.domain.Category.ROADMAP;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A masterplan's monitoring from its items, against two of the programme's documents: Kota Surakarta's 2022
 * monitoring counts per category and Kabupaten Kebumen's implementation per smart dimension.
 */
class MonitoringSummaryTest {

    private static final int YEAR = 2022;

    @Test
    void surakartas_2022_counts_per_category() {
        List<MonitoredItem> items = new ArrayList<>();
        add(items, GOAL_INDICATOR, null, 34, 13, 0);
        add(items, POLICY, null, 9, 6, 0);
        add(items, INFRASTRUCTURE, null, 1, 2, 0);
        add(items, APPLICATION, null, 2, 0, 0);
        add(items, LITERACY, null, 8, 1, 0);
        add(items, ROADMAP, SmartDimension.GOVERNANCE, 115, 19, 12);
        add(items, ISO_37122, null, 33, 25, 23);

        MonitoringSummary summary = MonitoringSummary.of(items, YEAR, null);

        assertThat(summary.categories().get(GOAL_INDICATOR)).isEqualTo(counts(47, 34, 13, 0));
        assertThat(summary.categories().get(POLICY)).isEqualTo(counts(15, 9, 6, 0));
        assertThat(summary.categories().get(INFRASTRUCTURE)).isEqualTo(counts(3, 1, 2, 0));
        assertThat(summary.categories().get(APPLICATION)).isEqualTo(counts(2, 2, 0, 0));
        assertThat(summary.categories().get(LITERACY)).isEqualTo(counts(9, 8, 1, 0));
        assertThat(summary.categories().get(ROADMAP)).isEqualTo(counts(146, 115, 19, 12));
        assertThat(summary.categories().get(ISO_37122)).isEqualTo(counts(81, 33, 25, 23));
        assertThat(summary.categories()).doesNotContainKey(Category.QUICK_WIN);
    }

    @Test
    void kebumens_implementation_rate_per_smart_dimension() {
        List<MonitoredItem> items = new ArrayList<>();
        programmes(items, SmartDimension.GOVERNANCE, 9, 9);
        programmes(items, SmartDimension.LIVING, 9, 10);
        programmes(items, SmartDimension.BRANDING, 6, 7);
        programmes(items, SmartDimension.SOCIETY, 5, 5);
        programmes(items, SmartDimension.ECONOMY, 10, 12);
        programmes(items, SmartDimension.ENVIRONMENT, 4, 4);
        // a kegiatan under a programme is monitored, but the rate counts programmes only
        items.add(item(ROADMAP, SmartDimension.ECONOMY, RoadmapLevel.KEGIATAN, "1", "0"));

        Map<SmartDimension, Implementation> rates =
                MonitoringSummary.of(items, YEAR, null).smartDimensions();

        assertThat(rates.get(SmartDimension.GOVERNANCE)).isEqualTo(new Implementation(9, 9, d("100.00")));
        assertThat(rates.get(SmartDimension.LIVING)).isEqualTo(new Implementation(10, 9, d("90.00")));
        assertThat(rates.get(SmartDimension.BRANDING)).isEqualTo(new Implementation(7, 6, d("85.71")));
        assertThat(rates.get(SmartDimension.SOCIETY).implementationRate()).isEqualByComparingTo("100");
        assertThat(rates.get(SmartDimension.ECONOMY)).isEqualTo(new Implementation(12, 10, d("83.33")));
        assertThat(rates.get(SmartDimension.ENVIRONMENT).implementationRate()).isEqualByComparingTo("100");
    }

    @Test
    void a_semester_report_reads_that_semesters_figure_and_the_year_falls_back_to_the_latest() {
        MonitoredItem onlyFirstSemester = new MonitoredItem(
                POLICY,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                Map.of(YEAR, d("10")),
                List.of(new Realisation(YEAR, 1, d("4"), "Juni")));

        assertThat(onlyFirstSemester.achievement(YEAR, 1).status()).isEqualTo(Status.NOT_MET);
        assertThat(onlyFirstSemester.achievement(YEAR, 1).percent()).isEqualByComparingTo("40");
        assertThat(onlyFirstSemester.achievement(YEAR, 2).status()).isEqualTo(Status.UNKNOWN);
        assertThat(onlyFirstSemester.achievement(YEAR, null).percent()).isEqualByComparingTo("40");

        MonitoredItem bothSemesters = new MonitoredItem(
                POLICY,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                Map.of(YEAR, d("10")),
                List.of(new Realisation(YEAR, 2, d("10"), "November"), new Realisation(YEAR, 1, d("4"), "Juni")));
        assertThat(bothSemesters.achievement(YEAR, null).status()).isEqualTo(Status.MET);
    }

    @Test
    void an_item_not_planned_for_the_year_is_not_in_its_monitoring() {
        MonitoredItem nextYear =
                new MonitoredItem(POLICY, null, null, Direction.HIGHER_IS_BETTER, Map.of(YEAR + 1, d("1")), List.of());
        List<MonitoredItem> items = List.of(item(POLICY, null, null, "1", "1"), nextYear);

        assertThat(MonitoringSummary.of(items, YEAR, null)
                        .categories()
                        .get(POLICY)
                        .total())
                .isEqualTo(1);
        assertThat(MonitoringSummary.of(items, YEAR + 1, null).categories().get(POLICY))
                .isEqualTo(new CategorySummary(1, 0, 0, 1, null));
    }

    @Test
    void the_mean_achievement_counts_only_items_with_a_realisation() {
        List<MonitoredItem> items = List.of(
                item(POLICY, null, null, "10", "5"),
                item(POLICY, null, null, "10", "10"),
                item(POLICY, null, null, "10", null));

        CategorySummary policies =
                MonitoringSummary.of(items, YEAR, null).categories().get(POLICY);

        assertThat(policies.meanAchievementPercent()).isEqualByComparingTo("75");
        assertThat(policies.unknown()).isEqualTo(1);
    }

    private static void add(
            List<MonitoredItem> items, Category category, SmartDimension dimension, int met, int notMet, int unknown) {
        RoadmapLevel level = category == ROADMAP ? RoadmapLevel.KEGIATAN : null;
        for (int i = 0; i < met; i++) {
            items.add(item(category, dimension, level, "1", "1"));
        }
        for (int i = 0; i < notMet; i++) {
            items.add(item(category, dimension, level, "1", "0"));
        }
        for (int i = 0; i < unknown; i++) {
            items.add(item(category, dimension, level, "1", null));
        }
    }

    private static void programmes(List<MonitoredItem> items, SmartDimension dimension, int met, int planned) {
        for (int i = 0; i < planned; i++) {
            items.add(item(ROADMAP, dimension, RoadmapLevel.PROGRAM, "1", i < met ? "1" : "0"));
        }
    }

    private static MonitoredItem item(
            Category category, SmartDimension dimension, RoadmapLevel level, String target, String realised) {
        return new MonitoredItem(
                category,
                dimension,
                level,
                Direction.HIGHER_IS_BETTER,
                Map.of(YEAR, d(target)),
                realised == null ? List.of() : List.of(new Realisation(YEAR, null, d(realised), null)));
    }

    private static CategorySummary counts(int total, int met, int notMet, int unknown) {
        BigDecimal mean = met + notMet == 0
                ? null
                : d("100").multiply(d(String.valueOf(met)))
                        .divide(d(String.valueOf(met + notMet)), 2, java.math.RoundingMode.HALF_UP);
        return new CategorySummary(total, met, notMet, unknown, mean);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
