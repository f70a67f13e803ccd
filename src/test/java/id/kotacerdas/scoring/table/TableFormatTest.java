package id.kotacerdas.scoring.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TableFormatTest {

    private static final byte[] TSV_HEAD =
            "NO\tKAB/KOTA\tBASELINE\n1\tKAB. BADUNG\t3,56".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CSV_HEAD =
            "NO,KAB/KOTA,BASELINE\n1,KAB. BADUNG,\"3,56\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SEMICOLON_HEAD = "NO;KAB/KOTA;BASELINE\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void zip_magic_is_xlsx_whatever_the_name_or_type() {
        byte[] xlsx = Arrays.copyOf(TableFixture.xlsx(), 64);

        assertThat(TableFormat.detect("text/csv", "hasil.csv", xlsx)).hasValue(TableFormat.XLSX);
        assertThat(TableFormat.detect(null, null, xlsx)).hasValue(TableFormat.XLSX);
        assertThat(TableFormat.detect("application/octet-stream", "hasil.xlsx", xlsx))
                .hasValue(TableFormat.XLSX);
    }

    @Test
    void content_type_decides_between_tsv_and_csv() {
        assertThat(TableFormat.detect("text/tab-separated-values", "x.csv", CSV_HEAD))
                .hasValue(TableFormat.TSV);
        assertThat(TableFormat.detect("text/csv; charset=UTF-8", null, TSV_HEAD))
                .hasValue(TableFormat.CSV);
        assertThat(TableFormat.detect("TEXT/CSV", null, null)).hasValue(TableFormat.CSV);
    }

    @Test
    void file_name_decides_when_the_type_is_generic() {
        assertThat(TableFormat.detect("application/octet-stream", "hasil.TSV", CSV_HEAD))
                .hasValue(TableFormat.TSV);
        assertThat(TableFormat.detect("text/plain", "hasil.csv", TSV_HEAD)).hasValue(TableFormat.CSV);
    }

    @Test
    void header_line_is_sniffed_as_a_last_resort() {
        assertThat(TableFormat.detect("text/plain", "hasil.txt", TSV_HEAD)).hasValue(TableFormat.TSV);
        assertThat(TableFormat.detect(null, null, CSV_HEAD)).hasValue(TableFormat.CSV);
        assertThat(TableFormat.detect(null, null, SEMICOLON_HEAD)).hasValue(TableFormat.CSV);
        assertThat(TableFormat.detect(null, null, TableFixture.tsvBytes())).hasValue(TableFormat.TSV);
    }

    @Test
    void nothing_to_go_on_gives_no_format() {
        assertThat(TableFormat.detect(null, null, "just text".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(TableFormat.detect(null, null, null)).isEmpty();
    }

    @Test
    void a_workbook_that_is_not_a_zip_gives_no_format() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThat(TableFormat.detect("application/vnd.ms-excel", "hasil.xls", ole2))
                .isEmpty();
        assertThat(TableFormat.detect(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "hasil.xlsx", CSV_HEAD))
                .isEmpty();
    }
}
