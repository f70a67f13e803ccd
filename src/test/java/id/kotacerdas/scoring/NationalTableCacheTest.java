package id.kotacerdas.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The national table is cached until its results change; a table built from the rows read before a commit must
 * not stay cached once the commit's change has been announced, however the two threads interleave.
 */
class NationalTableCacheTest {

    private static final int YEAR = 2030;

    private final InstrumentApi instruments = mock(InstrumentApi.class);
    private final NationalTableBuilder builder = mock(NationalTableBuilder.class);
    private final NationalResultsApi api = new NationalResultsApi(
            instruments,
            builder,
            mock(ComputeAssessedResult.class),
            mock(RankRangesOfTables.class),
            mock(FinalIntervals.class));

    @Test
    void a_table_built_before_a_change_committed_is_not_kept_after_the_change() throws Exception {
        when(instruments.instrument(YEAR)).thenReturn(instrument());
        when(instruments.findPeriod(YEAR - 1)).thenReturn(Optional.empty());
        NationalTable before = table(1);
        NationalTable after = table(2);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        when(builder.build(any(), any()))
                .thenAnswer(call -> {
                    // a reader has loaded the old rows; now a correction commits before it is done
                    reading.countDown();
                    assertThat(committed.await(10, TimeUnit.SECONDS)).isTrue();
                    return before;
                })
                .thenReturn(after);

        CompletableFuture<NationalTable> slowReader = CompletableFuture.supplyAsync(() -> api.table(YEAR));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        api.on(new ResultsChanged(YEAR));
        committed.countDown();

        assertThat(slowReader.get(10, TimeUnit.SECONDS))
                .as("the slow reader still gets what it read")
                .isSameAs(before);
        assertThat(api.table(YEAR))
                .as("the next reader gets the table after the change, not the one built before it")
                .isSameAs(after);
        assertThat(api.table(YEAR)).isSameAs(after);
        verify(builder, times(2)).build(any(), any());
    }

    @Test
    void a_table_is_built_once_while_nothing_changes_and_again_after_a_change() {
        when(instruments.instrument(YEAR)).thenReturn(instrument());
        when(instruments.findPeriod(YEAR - 1)).thenReturn(Optional.empty());
        when(builder.build(any(), any())).thenReturn(table(1), table(2));

        NationalTable first = api.table(YEAR);
        assertThat(api.table(YEAR)).isSameAs(first);
        api.on(new ResultsChanged(YEAR - 1));

        assertThat(api.table(YEAR))
                .as("a change of last year's results changes this year's improvements")
                .isNotSameAs(first);
        verify(builder, times(2)).build(any(), any());
    }

    private static InstrumentView instrument() {
        return new InstrumentView(YEAR, null, false, List.of(), List.of(), List.of());
    }

    private static NationalTable table(int version) {
        return new NationalTable(YEAR, List.of("v" + version), List.of(), Map.of(), false);
    }
}
