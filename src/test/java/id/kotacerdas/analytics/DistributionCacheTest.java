package id.kotacerdas.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.NationalTable;
import id.kotacerdas.scoring.ResultsChanged;
import id.kotacerdas.support.TestYears;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A period's distribution is computed once per national table: kept while the table stays the same, computed again
 * for a table built anew (an import, a correction, a weight change), whether or not this instance has heard of the
 * change yet.
 */
class DistributionCacheTest {

    private static final int YEAR = TestYears.TRENDS_LATER;

    private final NationalResultsApi results = mock(NationalResultsApi.class);
    private final InstrumentApi instruments = mock(InstrumentApi.class);
    private final Distributions distributions = new Distributions(results, instruments);

    @Test
    void the_distribution_follows_the_table_it_was_computed_from() {
        when(instruments.instrument(YEAR))
                .thenReturn(new InstrumentView(
                        YEAR,
                        null,
                        true,
                        List.of(new InstrumentView.TrackView("REGULER", "Reguler")),
                        List.of(),
                        List.of()));
        NationalTable one = table(1);
        NationalTable two = table(2);
        when(results.visibleTable(YEAR, false)).thenReturn(one, one, two, two);

        assertThat(distributions.of(YEAR, 10, false).regions()).isEqualTo(1);
        assertThat(distributions.of(YEAR, 10, false).regions()).isEqualTo(1);
        assertThat(distributions.of(YEAR, 10, false).regions())
                .as("a new table, before its change was announced here")
                .isEqualTo(2);
        distributions.on(new ResultsChanged(YEAR));
        assertThat(distributions.of(YEAR, 10, false).regions()).isEqualTo(2);
        verify(instruments, times(3)).instrument(YEAR);
    }

    private static NationalTable table(int regions) {
        List<NationalResultView> lines = new ArrayList<>();
        for (int i = 1; i <= regions; i++) {
            lines.add(new NationalResultView(
                    "51.0" + i,
                    "Kabupaten " + i,
                    "KABUPATEN",
                    "51",
                    "Bali",
                    "REGULER",
                    Map.of(),
                    new BigDecimal("3.00"),
                    null,
                    null,
                    null,
                    i,
                    new NationalResultView.RankView(i, i, i)));
        }
        return new NationalTable(YEAR, List.of(), lines, Map.of(), false);
    }
}
