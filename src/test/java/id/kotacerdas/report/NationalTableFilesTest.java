package id.kotacerdas.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.support.DownloadedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The national table as a workbook and as CSV: numbers stay numbers, text that a spreadsheet would evaluate
 * (starting with =, +, -, @, a tab or a carriage return) is escaped, every CSV field is quoted, and a draft
 * says so.
 */
class NationalTableFilesTest {

    private static final Function<String, String> KEYS = key -> key;

    @Test
    void the_workbook_keeps_numbers_as_numbers_and_escapes_formula_text() throws IOException {
        Map<String, Map<Integer, Row>> sheets = DownloadedFiles.sheets(xlsx(ReportFixture.table(false)));

        assertThat(sheets).containsOnlyKeys("export.sheet.summary", "export.sheet.questions", "export.sheet.weights");
        Map<Integer, Row> summary = sheets.get("export.sheet.summary");
        Row badung = summary.get(4);
        assertThat(badung.getCellText(1)).isEqualTo("51.03");
        assertThat(badung.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(badung.getCell(6).asNumber()).isEqualByComparingTo("3.56");
        assertThat(badung.getCell(8).getType()).isEqualTo(CellType.NUMBER);
        assertThat(badung.getCell(8).asNumber()).isEqualByComparingTo("3.06");
        Row formula = summary.get(5);
        assertThat(formula.getCellText(2)).isEqualTo("'" + ReportFixture.FORMULA_NAME);
        assertThat(formula.getCell(2).getType()).isEqualTo(CellType.STRING);
        assertThat(formula.getCellText(4)).isEqualTo("'+Bali");
        assertThat(formula.getOptionalCell(7).map(c -> c.getType())).isNotEqualTo(Optional.of(CellType.NUMBER));
        assertThat(formula.getCell(9).asNumber()).isEqualByComparingTo("-0.40");
        assertThat(summary.values())
                .allSatisfy(row -> row.forEach(cell -> {
                    if (cell != null) {
                        assertThat(cell.getFormula())
                                .as("no cell holds a formula")
                                .isNull();
                    }
                }));

        Map<Integer, Row> questions = sheets.get("export.sheet.questions");
        assertThat(questions.get(1).getCell(2).asNumber()).isEqualByComparingTo("1");
        assertThat(questions.get(3).getCell(2).asNumber()).isEqualByComparingTo("3.6");
        assertThat(questions.get(3).getCell(4).asNumber()).isEqualByComparingTo("2.73");
        assertThat(questions.get(4).getCellText(1)).startsWith("'=");

        Map<Integer, Row> weights = sheets.get("export.sheet.weights");
        assertThat(weights.get(1).getCellText(3)).isEqualTo("'@KPPN IKN");
        assertThat(weights.get(2).getCell(2).asNumber()).isEqualByComparingTo("0.40");
        assertThat(weights.get(3).getOptionalCell(3).map(c -> c.getType())).isNotEqualTo(Optional.of(CellType.NUMBER));
    }

    @Test
    void a_draft_says_so_under_its_title_and_a_published_table_does_not() throws IOException {
        Map<Integer, Row> draft =
                DownloadedFiles.sheets(xlsx(ReportFixture.table(true))).get("export.sheet.summary");
        Map<Integer, Row> published =
                DownloadedFiles.sheets(xlsx(ReportFixture.table(false))).get("export.sheet.summary");

        assertThat(draft.get(2).getCellText(0)).isEqualTo("export.draft");
        assertThat(published).doesNotContainKey(2);
        assertThat(published.get(1).getCellText(0)).isEqualTo("export.title");
    }

    @Test
    void every_csv_field_is_quoted_and_formula_text_escaped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataCsv csv = new DataCsv(out)) {
            ResultColumns.write(ReportFixture.table(false), csv);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .isEqualTo("\"rank\",\"region_code\",\"region_name\",\"kind\",\"province_code\",\"province_name\","
                        + "\"track\",\"score_baseline\",\"score_output\",\"final\",\"published_final\",\"improvement\","
                        + "\"improvement_source\",\"rank_track\",\"rank_kind\"");
        assertThat(lines.get(1))
                .isEqualTo("\"1\",\"51.03\",\"Kabupaten Badung\",\"KABUPATEN\",\"51\",\"Bali\",\"REGULER\","
                        + "\"3.56\",\"2.73\",\"3.06\",\"\",\"0.08\",\"COMPUTED\",\"1\",\"1\"");
        assertThat(lines.get(2))
                .startsWith("\"2\",\"51.71\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klik\"\")\",\"KOTA\",\"51\","
                        + "\"'+Bali\"")
                .contains("\"-0.40\"");
    }

    static byte[] xlsx(PublishedTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NationalTableXlsx.write(table, KEYS, out);
        return out.toByteArray();
    }
}
