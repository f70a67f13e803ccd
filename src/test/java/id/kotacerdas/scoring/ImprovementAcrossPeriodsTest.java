package id.kotacerdas.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Improvement is this final minus the region's final of the period before, when the system holds it;
 * otherwise the published value. Ranks are national, per track and per kind.
 */
@IntegrationTest
class ImprovementAcrossPeriodsTest {

    private static final int PREVIOUS = TestYears.IMPROVEMENT_PREVIOUS_PERIOD;
    private static final int FOLLOWING = TestYears.IMPROVEMENT_FOLLOWING_PERIOD;
    private static final int RANKED = TestYears.IMPROVEMENT_RANKS;

    private static final String HEADER = "NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tQUICK WINS\t"
            + "PROGRAM KOLABORASI\tNILAI FINAL\tTINGKAT IMPROVEMENT\tKET\n";

    @Autowired
    CreatePeriod createPeriod;

    @Autowired
    ImportNationalResults importer;

    @Autowired
    NationalResultsApi results;

    @Test
    void improvement_is_computed_from_the_previous_period_when_the_system_holds_it() {
        createPeriod.create(PREVIOUS, 2024, "test");
        createPeriod.create(FOLLOWING, PREVIOUS, "test");
        importTable(PREVIOUS, """
                1\tKAB. BADUNG\t3\t3\t3\t3\t3\t\t3\t0,5\tREGULER
                2\tKOTA DENPASAR\t2\t2\t2\t2\t2\t\t2\t\tREGULER
                """);
        importTable(FOLLOWING, """
                1\tKAB. BADUNG\t3,56\t2,73\t3,27\t3,18\t2,8\t\t3,08\t0,99\tREGULER
                2\tKOTA DENPASAR\t2,84\t2,65\t3,53\t3,77\t3,63\t\t3,35\t0,1\tREGULER
                3\tKAB. KARO\t2,8\t2,24\t2,72\t2,8\t2,12\t-\t2,26\t0,1\tKPPN IKN
                """);

        NationalTable table = results.table(FOLLOWING);
        NationalResultView badung = table.line("51.03").orElseThrow();
        assertThat(badung.finalScore()).isEqualByComparingTo("3.08");
        assertThat(badung.improvement()).isEqualByComparingTo("0.08");
        assertThat(badung.improvementSource()).isEqualTo("COMPUTED");

        NationalResultView karo = table.line("12.06").orElseThrow();
        assertThat(karo.improvement()).isEqualByComparingTo("0.1");
        assertThat(karo.improvementSource()).isEqualTo("PUBLISHED");
        assertThat(results.region(FOLLOWING, "51.03", true).orElseThrow().previousFinal())
                .isEqualByComparingTo("3");
    }

    @Test
    void ranks_are_national_per_track_and_per_kind() {
        createPeriod.create(RANKED, 2024, "test");
        importTable(RANKED, """
                1\tKOTA DENPASAR\t2,84\t2,65\t3,53\t3,77\t3,63\t\t3,35\t\tREGULER
                2\tKAB. BADUNG\t3,56\t2,73\t3,27\t3,18\t2,8\t\t3,08\t\tREGULER
                3\tKAB. KARO\t2,8\t2,24\t2,72\t2,8\t2,12\t-\t2,26\t\tKPPN IKN
                4\tKAB. BANGGAI\t3,76\t2,49\t3,3\t2,97\t3,05\t\t3,07\t\tREGULER
                """);

        NationalTable table = results.table(RANKED);
        assertThat(table.lines())
                .extracting(NationalResultView::regionName)
                .containsExactly("Kota Denpasar", "Kabupaten Badung", "Kabupaten Banggai", "Kabupaten Karo");
        NationalResultView.RankView karo = table.line("12.06").orElseThrow().ranks();
        assertThat(karo).isEqualTo(new NationalResultView.RankView(4, 1, 3));
        NationalResultView.RankView badung = table.line("51.03").orElseThrow().ranks();
        assertThat(badung).isEqualTo(new NationalResultView.RankView(2, 2, 1));
        assertThat(table.line("72.01").orElseThrow().finalScore()).isEqualByComparingTo(new BigDecimal("3.07"));
    }

    private void importTable(int year, String rows) {
        ImportReport report = importer.importTable(
                year,
                (HEADER + rows).getBytes(StandardCharsets.UTF_8),
                "text/tab-separated-values",
                "table.tsv",
                SuggestionAcceptance.NONE,
                "test");
        assertThat(report.rejected()).isEmpty();
        assertThat(report.mismatches()).isEmpty();
    }
}
