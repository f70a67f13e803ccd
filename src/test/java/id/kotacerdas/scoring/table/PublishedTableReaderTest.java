package id.kotacerdas.scoring.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PublishedTableReaderTest {

    private static final List<String> LABELS = List.of(
            "NO",
            "KAB/KOTA",
            "BASELINE",
            "OUTPUT",
            "OUTCOME",
            "IMPACT",
            "QUICK WINS",
            "PROGRAM KOLABORASI",
            "NILAI FINAL",
            "TINGKAT IMPROVEMENT",
            "KET");

    private final PublishedTableReader reader = new PublishedTableReader();

    @Test
    void published_tsv_gives_seventy_rows_on_lines_two_to_seventy_one() {
        PublishedTable table = reader.read(TableFixture.tsvBytes(), TableFormat.TSV);

        assertThat(table.headerLine()).isEqualTo(1);
        assertThat(table.rows()).hasSize(70);
        assertThat(table.rows())
                .extracting(PublishedRow::line)
                .containsExactlyElementsOf(IntStream.rangeClosed(2, 71).boxed().toList());
    }

    @Test
    void badung_row_keeps_its_cells_as_written() {
        PublishedRow badung =
                reader.read(TableFixture.tsvBytes(), TableFormat.TSV).rows().get(0);

        assertThat(badung.line()).isEqualTo(2);
        assertThat(badung.rawName()).isEqualTo("KAB. BADUNG");
        assertThat(badung.rawTrack()).isEqualTo("REGULER");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("NO", "1");
        expected.put("KAB/KOTA", "KAB. BADUNG");
        expected.put("BASELINE", "3,56");
        expected.put("OUTPUT", "2,73");
        expected.put("OUTCOME", "3,27");
        expected.put("IMPACT", "3,18");
        expected.put("QUICK WINS", "2,8");
        expected.put("PROGRAM KOLABORASI", "");
        expected.put("NILAI FINAL", "3,08");
        expected.put("TINGKAT IMPROVEMENT", "0,11");
        expected.put("KET", "REGULER");
        assertThat(badung.rawCells()).containsExactlyEntriesOf(expected);
        assertThat(badung.cell(PublishedColumn.BASELINE)).isEqualTo("3,56");
    }

    @Test
    void dash_empty_and_turkish_cells_survive_reading() {
        List<PublishedRow> rows =
                reader.read(TableFixture.tsvBytes(), TableFormat.TSV).rows();

        PublishedRow humbang = row(rows, "KAB. HUMBANG HASUNDUTAN");
        assertThat(humbang.cell(PublishedColumn.PROGRAM_KOLABORASI)).isEqualTo("-");
        assertThat(humbang.rawTrack()).isEqualTo("KPPN IKN");
        assertThat(row(rows, "KAB. WAKATOBİ").line()).isEqualTo(53);
        assertThat(row(rows, "KAB. KONawe SELATAN").cell(PublishedColumn.NILAI_FINAL))
                .isEqualTo("2,79");
    }

    @Test
    void comma_separated_csv_with_quoted_comma_decimals_reads_back_the_same() {
        assertSameAsPublished(reader.read(TableFixture.csv(',', false), TableFormat.CSV));
    }

    @Test
    void comma_separated_csv_with_dot_decimals_reads_back_the_same_values() {
        assertSameAsPublished(reader.read(TableFixture.csv(',', true), TableFormat.CSV));
    }

    @Test
    void semicolon_separated_csv_reads_back_the_same() {
        assertSameAsPublished(reader.read(TableFixture.csv(';', false), TableFormat.CSV));
    }

    @Test
    void xlsx_with_numeric_cells_reads_back_the_same_values() {
        PublishedTable table = reader.read(TableFixture.xlsx(), TableFormat.XLSX);

        assertSameAsPublished(table);
        PublishedRow badung = table.rows().get(0);
        assertThat(badung.cell(PublishedColumn.BASELINE)).isEqualTo("3.56");
        assertThat(badung.cell(PublishedColumn.NO)).isEqualTo("1");
        assertThat(row(table.rows(), "KAB. KARO").cell(PublishedColumn.PROGRAM_KOLABORASI))
                .isEqualTo("-");
    }

    @Test
    void header_matching_ignores_case_spaces_and_bom() {
        String tsv = "\uFEFFno\t  kab / kota \tBaseline\toutput\tOUTCOME\timpact\tQuick  Wins\tprogram kolaborasi"
                + "\tNilai Final\ttingkat improvement\tket\tCATATAN\n"
                + "1\tKAB. BADUNG\t3,56\t2,73\t3,27\t3,18\t2,8\t\t3,08\t0,11\tREGULER\tfootnote\n";

        PublishedTable table = reader.read(tsv.getBytes(StandardCharsets.UTF_8), TableFormat.TSV);

        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.rawName()).isEqualTo("KAB. BADUNG");
            assertThat(row.rawCells()).containsOnlyKeys(LABELS).containsEntry("QUICK WINS", "2,8");
        });
    }

    @Test
    void blank_rows_are_skipped_but_still_counted_as_lines() {
        String tsv = header() + "\n\n1\tKAB. BADUNG\t3,56\t\t\t\t\t\t\t\tREGULER\n\t\t\t\n"
                + "2\tKOTA BATAM\t3,88\t\t\t\t\t\t\t\tREGULER";

        PublishedTable table = reader.read(tsv.getBytes(StandardCharsets.UTF_8), TableFormat.TSV);

        assertThat(table.rows()).extracting(PublishedRow::line).containsExactly(3, 5);
        assertThat(table.rows()).extracting(PublishedRow::rawName).containsExactly("KAB. BADUNG", "KOTA BATAM");
    }

    @Test
    void title_lines_above_the_header_are_skipped() {
        String tsv = "HASIL EVALUASI GERAKAN MENUJU KOTA CERDAS 2024\n\n" + header() + "\n"
                + "1\tKAB. BADUNG\t3,56\t\t\t\t\t\t\t\tREGULER\n";

        PublishedTable table = reader.read(tsv.getBytes(StandardCharsets.UTF_8), TableFormat.TSV);

        assertThat(table.headerLine()).isEqualTo(3);
        assertThat(table.rows()).singleElement().extracting(PublishedRow::line).isEqualTo(4);
    }

    @Test
    void short_rows_give_empty_cells() {
        String tsv = header() + "\n1\tKAB. BADUNG\t3,56\n";

        PublishedRow row = reader.read(tsv.getBytes(StandardCharsets.UTF_8), TableFormat.TSV)
                .rows()
                .get(0);

        assertThat(row.rawTrack()).isEmpty();
        assertThat(row.cell(PublishedColumn.IMPACT)).isEmpty();
    }

    @Test
    void missing_columns_are_named_in_the_error() {
        String tsv = "NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tNILAI FINAL\tKET\n1\tKAB. BADUNG\t3,56\n";

        assertThatThrownBy(() -> reader.read(tsv.getBytes(StandardCharsets.UTF_8), TableFormat.TSV))
                .isInstanceOf(TableFormatException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("QUICK WINS, PROGRAM KOLABORASI, TINGKAT IMPROVEMENT")
                .hasMessageNotContaining("lacks the required column(s) NO");
    }

    @Test
    void the_running_number_column_is_optional() {
        String tsv = header().replace("NO\t", "") + "\nKAB. BADUNG\t3,56\t\t\t\t\t\t\t\tREGULER\n";

        PublishedRow row = reader.read(tsv.getBytes(StandardCharsets.UTF_8), TableFormat.TSV)
                .rows()
                .get(0);

        assertThat(row.rawCells()).doesNotContainKey("NO");
        assertThat(row.cell(PublishedColumn.NO)).isEmpty();
        assertThat(row.rawTrack()).isEqualTo("REGULER");
    }

    @Test
    void a_repeated_column_is_refused() {
        String tsv = header() + "\tKET\n";

        assertThatThrownBy(() -> reader.read(tsv.getBytes(StandardCharsets.UTF_8), TableFormat.TSV))
                .isInstanceOf(TableFormatException.class)
                .hasMessageContaining("repeats the column(s) KET");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> reader.read(new byte[0], TableFormat.CSV))
                .isInstanceOf(TableFormatException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void bytes_that_are_not_a_workbook_are_refused() {
        assertThatThrownBy(
                        () -> reader.read("PK\3\4 not really".getBytes(StandardCharsets.ISO_8859_1), TableFormat.XLSX))
                .isInstanceOf(TableFormatException.class)
                .hasMessageContaining("XLSX");
    }

    @Test
    void windows_1252_text_is_read() {
        String tsv = header() + "\n1\tKAB. BADUNG\t3,56\t\t\t\t\t\t\t\tREGULER\u00A0\n";

        PublishedRow row = reader.read(tsv.getBytes(java.nio.charset.Charset.forName("windows-1252")), TableFormat.TSV)
                .rows()
                .get(0);

        assertThat(row.rawTrack()).isEqualTo("REGULER");
    }

    @Test
    void a_quoted_line_break_does_not_shift_later_line_numbers() {
        String csv = String.join(",", LABELS) + "\n"
                + "1,\"KAB.\nBADUNG\",\"3,56\",,,,,,,,REGULER\n"
                + "2,KOTA BATAM,\"3,88\",,,,,,,,REGULER\n";

        PublishedTable table = reader.read(csv.getBytes(StandardCharsets.UTF_8), TableFormat.CSV);

        assertThat(table.rows()).extracting(PublishedRow::line).containsExactly(2, 4);
        assertThat(table.rows().get(1).cell(PublishedColumn.BASELINE)).isEqualTo("3,88");
    }

    @Test
    void excel_floating_point_noise_is_rounded_to_fifteen_digits() {
        assertThat(XlsxSource.decimal("2.7300000000000004")).isEqualTo("2.73");
        assertThat(XlsxSource.decimal("0.10000000000000001")).isEqualTo("0.1");
        assertThat(XlsxSource.decimal("3.56")).isEqualTo("3.56");
        assertThat(XlsxSource.decimal("4")).isEqualTo("4");
        assertThat(XlsxSource.decimal("10.0")).isEqualTo("10");
        assertThat(XlsxSource.decimal("-0.07")).isEqualTo("-0.07");
        assertThat(XlsxSource.decimal("0.0")).isEqualTo("0");
    }

    /** Names and tracks equal; every numeric column parses to the same value, dash or emptiness. */
    private static void assertSameAsPublished(PublishedTable table) {
        List<PublishedRow> expected = new PublishedTableReader()
                .read(TableFixture.tsvBytes(), TableFormat.TSV)
                .rows();
        assertThat(table.rows()).hasSize(70);
        for (int i = 0; i < expected.size(); i++) {
            PublishedRow want = expected.get(i);
            PublishedRow got = table.rows().get(i);
            assertThat(got.line()).isEqualTo(want.line());
            assertThat(got.rawName()).isEqualTo(want.rawName());
            assertThat(got.rawTrack()).isEqualTo(want.rawTrack());
            assertThat(got.rawCells()).containsOnlyKeys(LABELS);
            for (String label : LABELS.subList(2, 10)) {
                assertThat(DecimalCell.parse(got.rawCells().get(label)))
                        .as("%s %s", want.rawName(), label)
                        .isEqualTo(DecimalCell.parse(want.rawCells().get(label)));
            }
        }
    }

    private static String header() {
        return String.join("\t", LABELS);
    }

    private static PublishedRow row(List<PublishedRow> rows, String name) {
        return rows.stream().filter(r -> r.rawName().equals(name)).findFirst().orElseThrow();
    }
}
