package id.kotacerdas.scoring.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrackCellTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "REGULER    | REGULER",
                "' reguler '| REGULER",
                "KPPN IKN   | KPPN_IKN",
                "KPPN-IKN   | KPPN_IKN",
                "KPPN_IKN   | KPPN_IKN",
                "kppn  ikn  | KPPN_IKN",
            })
    void known_tracks_are_canonicalised(String raw, String track) {
        TrackCell cell = TrackCell.parse(raw);

        assertThat(cell.isValid()).isTrue();
        assertThat(cell.track()).isEqualTo(track);
        assertThat(cell.trackIfValid()).hasValue(track);
        assertThat(cell.invalidReason()).isNull();
        assertThat(cell.raw()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"REGULAR", "KPPN", "IKN", "KPPNIKN", "REGULER IKN"})
    void other_text_is_invalid_with_a_reason(String raw) {
        TrackCell cell = TrackCell.parse(raw);

        assertThat(cell.isValid()).isFalse();
        assertThat(cell.track()).isNull();
        assertThat(cell.invalidReason()).contains("unknown track (KET) '" + raw + "'");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void an_empty_track_is_invalid(String raw) {
        assertThat(TrackCell.parse(raw).invalidReason()).isEqualTo("the track (KET) is empty");
    }

    @Test
    void every_track_of_the_published_table_is_valid() {
        new PublishedTableReader()
                .read(TableFixture.tsvBytes(), TableFormat.TSV)
                .rows()
                .forEach(row -> assertThat(TrackCell.parse(row.rawTrack()).isValid())
                        .as("line %d", row.line())
                        .isTrue());
    }
}
