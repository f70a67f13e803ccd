package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.monitoring.NationalMonitoringView.RegionLine;
import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.Direction;
import id.kotacerdas.monitoring.domain.RoadmapLevel;
import id.kotacerdas.monitoring.domain.SmartDimension;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ministry's view: every region's masterplan covering the year with its counts, the nation's mean
 * implementation per smart dimension, and the regions whose masterplan has ended; a figure entered shows at once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalMonitoringTest {

    /** Masterplan years (not periods): no other test's masterplan covers it, the means are the nation's. */
    private static final int YEAR = 2039;

    private static final Actor ADMIN = TestActors.admin();

    @Autowired
    Masterplans masterplans;

    @Autowired
    NationalMonitoring national;

    long kebumen;

    @BeforeAll
    void threeRegionsMasterplans() {
        kebumen = masterplans
                .create("33.05", "Masterplan Kebumen", YEAR - 1, YEAR + 3, null, null, ADMIN)
                .id();
        for (int i = 0; i < 3; i++) {
            long programme = masterplans.addItem(kebumen, programme(SmartDimension.GOVERNANCE), ADMIN);
            masterplans.realise(kebumen, programme, YEAR, null, BigDecimal.ONE, null, null, ADMIN);
        }
        masterplans.addItem(kebumen, programme(SmartDimension.GOVERNANCE), ADMIN);
        long pekalongan = masterplans
                .create("33.75", "Masterplan Pekalongan", YEAR - 1, YEAR + 3, null, null, ADMIN)
                .id();
        long programme = masterplans.addItem(pekalongan, programme(SmartDimension.GOVERNANCE), ADMIN);
        masterplans.realise(pekalongan, programme, YEAR, null, BigDecimal.ZERO, null, null, ADMIN);
        masterplans.create("51.03", "Masterplan Badung 2019", 2019, 2023, null, null, ADMIN);
    }

    @Test
    void every_regions_counts_the_mean_implementation_and_the_ended_masterplans() {
        NationalMonitoringView view = national.view(YEAR, null, ADMIN);

        assertThat(line(view, "33.05"))
                .extracting(RegionLine::planned, RegionLine::met, RegionLine::unknown, RegionLine::reported)
                .containsExactly(4, 3, 1, true);
        assertThat(line(view, "33.75").met()).isZero();
        assertThat(view.regions()).noneMatch(r -> r.regionCode().equals("51.03"));
        // Kebumen 3 of 4 = 75.00, Pekalongan 0 of 1 = 0.00
        assertThat(view.meanImplementationRate().get(SmartDimension.GOVERNANCE)).isEqualByComparingTo("37.50");
        assertThat(view.reporting()).isGreaterThanOrEqualTo(2);
        assertThat(view.expired()).anySatisfy(e -> assertThat(e.regionCode()).isEqualTo("51.03"));
    }

    @Test
    void a_figure_entered_shows_in_the_next_view() {
        long surakarta = masterplans
                .create("33.72", "Masterplan Surakarta", YEAR, YEAR + 4, null, null, ADMIN)
                .id();
        long programme = masterplans.addItem(surakarta, programme(SmartDimension.LIVING), ADMIN);
        assertThat(line(national.view(YEAR, null, ADMIN), "33.72").met()).isZero();

        masterplans.realise(surakarta, programme, YEAR, 2, BigDecimal.ONE, null, null, ADMIN);

        assertThat(line(national.view(YEAR, null, ADMIN), "33.72").met()).isEqualTo(1);
    }

    @Test
    void only_administrators_see_it() {
        assertThatThrownBy(() -> national.view(YEAR, null, TestActors.operator("op-x", "33.05")))
                .isInstanceOf(DomainException.class);
    }

    private static RegionLine line(NationalMonitoringView view, String code) {
        return view.regions().stream()
                .filter(r -> r.regionCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static NewItem programme(SmartDimension dimension) {
        return new NewItem(
                Category.ROADMAP,
                dimension,
                RoadmapLevel.PROGRAM,
                "Program",
                "program",
                Direction.HIGHER_IS_BETTER,
                Map.of(YEAR, BigDecimal.ONE),
                null);
    }
}
