package id.kotacerdas.api;

import static id.kotacerdas.api.Api.admin;
import static id.kotacerdas.api.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * How an import treats each row of a small hand-written table: exact names import, loose ones are only
 * suggested, unknown names and malformed numbers are refused with their line, and a published final the
 * system does not reproduce is reported. The same rows give the same report as TSV, CSV and XLSX.
 */
@IntegrationTest
class ImportRowsTest {

    private static final String[] HEADER = {
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
        "KET"
    };

    /** Data rows, lines 2 to 9 of the file. */
    private static final String[][] ROWS = {
        {"1", "KAB. WAKATOBİ", "1", "1", "1,18", "1", "1", "", "0,94", "-0,67", "KPPN IKN"}, // 2: exact
        {"2", "KAB. KONawe SELATAN", "3,64", "2,69", "2,96", "2,33", "2,55", "3,2", "2,79", "0,47", "KPPN IKN"}, // 3
        {"3", "KAB. KULON PROGO", "3,68", "3,16", "3,22", "3,27", "3,35", "3,73", "3,34", "0,02", "KPPN IKN"}, // 4
        {"4", "KOTA BUKITINGGI", "2,28", "2,22", "2,06", "1,01", "2,12", "", "1,92", "-0,03", "REGULER"}, // 5
        {"5", "Bupati Pematang", "2,4", "1,89", "2,67", "3,1", "1,78", "", "2,4", "-0,06", "REGULER"}, // 6
        {"6", "KAB. ANTAH BERANTAH", "3", "3", "3", "3", "3", "", "3", "0", "REGULER"}, // 7: unknown
        {"7", "KAB. BADUNG", "3,56", "3,5,1", "3,27", "3,18", "2,8", "", "3,08", "0,11", "REGULER"}, // 8: bad number
        {"8", "KAB. BANGGAI", "3,76", "2,49", "3,3", "2,97", "3,05", "", "3,10", "-0,07", "REGULER"} // 9: computes 3.07
    };

    private static final String WAKATOBI = "74.07";
    private static final String KONAWE_SELATAN = "74.05";
    private static final String KULON_PROGO = "34.01";
    private static final String BUKITTINGGI = "13.75";
    private static final String PEMALANG = "33.27";
    private static final String BADUNG = "51.03";

    @Autowired
    MockMvc mvc;

    @Test
    void exact_names_import_and_every_other_row_is_reported_with_its_line() throws Exception {
        int year = TestYears.IMPORT_ROWS_EXACT_NAMES;
        Api.createPeriod(mvc, year);

        ResultActions report = importBody(year, tsv(), Api.TSV, false);

        expectReport(report, 4, false);
        report.andExpect(jsonPath("$.rows").value(8))
                .andExpect(jsonPath("$.rejected[0].input").value("KAB. ANTAH BERANTAH"))
                .andExpect(jsonPath("$.rejected[0].reason", not(emptyOrNullString())))
                .andExpect(jsonPath("$.rejected[1].input").value("KAB. BADUNG"))
                .andExpect(jsonPath("$.rejected[1].reason", containsString("OUTPUT")))
                .andExpect(jsonPath("$.suggestions[0].input").value("KOTA BUKITINGGI"))
                .andExpect(jsonPath("$.suggestions[0].regionName").value("Kota Bukittinggi"))
                .andExpect(jsonPath("$.suggestions[1].input").value("Bupati Pematang"))
                .andExpect(jsonPath("$.suggestions[1].regionName").value("Kabupaten Pemalang"))
                .andExpect(jsonPath("$.mismatches[0].regionName").value("Kabupaten Banggai"));
        assertThat(regionCodesOf(year))
                .containsExactlyInAnyOrder(
                        WAKATOBI,
                        KONAWE_SELATAN,
                        KULON_PROGO,
                        json(report).get("mismatches").get(0).get("regionCode").asString());
    }

    @Test
    void accepting_suggestions_imports_the_suggested_regions_as_well() throws Exception {
        int year = TestYears.IMPORT_ROWS_SUGGESTIONS_ACCEPTED;
        Api.createPeriod(mvc, year);

        ResultActions report = importBody(year, tsv(), Api.TSV, true);

        expectReport(report, 6, true);
        assertThat(regionCodesOf(year))
                .hasSize(6)
                .contains(WAKATOBI, KONAWE_SELATAN, KULON_PROGO, BUKITTINGGI, PEMALANG)
                .doesNotContain(BADUNG);
    }

    @Test
    void the_same_rows_as_csv_with_quoted_comma_decimals_give_the_same_report() throws Exception {
        int year = TestYears.IMPORT_ROWS_CSV;
        Api.createPeriod(mvc, year);

        expectReport(importBody(year, csv(), MediaType.parseMediaType("text/csv"), false), 4, false);
    }

    @Test
    void the_same_rows_as_an_uploaded_xlsx_give_the_same_report() throws Exception {
        int year = TestYears.IMPORT_ROWS_XLSX;
        Api.createPeriod(mvc, year);
        MockMultipartFile file = new MockMultipartFile(
                "file", "nasional.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx());

        expectReport(
                mvc.perform(multipart("/api/v1/periods/{year}/national-results", year)
                        .file(file)
                        .with(admin())),
                4,
                false);
    }

    @Test
    void a_file_that_is_not_a_table_is_refused_as_a_problem() throws Exception {
        int year = TestYears.IMPORT_ROWS_NOT_A_TABLE;
        Api.createPeriod(mvc, year);
        byte[] png = Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        byte[] garbage = "lorem ipsum\ndolor sit amet\n".getBytes(StandardCharsets.UTF_8);

        expectProblem(importBody(year, png, MediaType.IMAGE_PNG, false));
        expectProblem(importBody(year, garbage, MediaType.TEXT_PLAIN, false));
        expectProblem(importBody(year, garbage, MediaType.parseMediaType("text/csv"), false));
        expectProblem(mvc.perform(multipart("/api/v1/periods/{year}/national-results", year)
                .file(new MockMultipartFile("file", "nasional.xlsx", null, png))
                .with(admin())));
        assertThat(regionCodesOf(year)).isEmpty();
    }

    /** The report of the rows above: exact names imported, two suggestions, two refusals, one mismatch. */
    private static void expectReport(ResultActions report, int imported, boolean suggestionsImported) throws Exception {
        report.andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(imported))
                .andExpect(jsonPath("$.rejected.length()").value(2))
                .andExpect(jsonPath("$.rejected[0].line").value(7))
                .andExpect(jsonPath("$.rejected[1].line").value(8))
                .andExpect(jsonPath("$.suggestions.length()").value(2))
                .andExpect(jsonPath("$.suggestions[0].line").value(5))
                .andExpect(jsonPath("$.suggestions[0].regionCode").value(BUKITTINGGI))
                .andExpect(jsonPath("$.suggestions[0].imported").value(suggestionsImported))
                .andExpect(jsonPath("$.suggestions[1].line").value(6))
                .andExpect(jsonPath("$.suggestions[1].regionCode").value(PEMALANG))
                .andExpect(jsonPath("$.suggestions[1].imported").value(suggestionsImported))
                .andExpect(jsonPath("$.mismatches.length()").value(1))
                .andExpect(jsonPath("$.mismatches[0].line").value(9))
                .andExpect(jsonPath("$.mismatches[0].publishedFinal").value(3.1))
                .andExpect(jsonPath("$.mismatches[0].computedFinal").value(3.07));
    }

    private static void expectProblem(ResultActions result) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.detail", not(emptyOrNullString())));
    }

    private ResultActions importBody(int year, byte[] body, MediaType type, boolean acceptSuggestions)
            throws Exception {
        return mvc.perform(post("/api/v1/periods/{year}/national-results", year)
                .param("acceptSuggestions", String.valueOf(acceptSuggestions))
                .with(admin())
                .contentType(type)
                .content(body));
    }

    private List<String> regionCodesOf(int year) throws Exception {
        JsonNode table = json(mvc.perform(get("/api/v1/periods/{year}/national-results", year))
                .andExpect(status().isOk()));
        return table.findValuesAsString("regionCode");
    }

    private static byte[] tsv() {
        return text("\t", cell -> cell);
    }

    private static byte[] csv() {
        return text(",", cell -> cell.isEmpty() ? "" : "\"" + cell + "\"");
    }

    private static byte[] text(String separator, UnaryOperator<String> quote) {
        String lines = Stream.concat(Stream.<String[]>of(HEADER), Arrays.stream(ROWS))
                .map(row -> Arrays.stream(row).map(quote).collect(Collectors.joining(separator)))
                .collect(Collectors.joining("\n", "", "\n"));
        return lines.getBytes(StandardCharsets.UTF_8);
    }

    /** The rows as a workbook: well-formed numbers as numeric cells, everything else as text. */
    private static byte[] xlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "kota-cerdas-test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Nasional");
        for (int c = 0; c < HEADER.length; c++) {
            sheet.value(0, c, HEADER[c]);
        }
        for (int r = 0; r < ROWS.length; r++) {
            for (int c = 0; c < ROWS[r].length; c++) {
                String cell = ROWS[r][c];
                if (cell.matches("-?\\d+(,\\d+)?")) {
                    sheet.value(r + 1, c, new BigDecimal(cell.replace(',', '.')));
                } else if (!cell.isEmpty()) {
                    sheet.value(r + 1, c, cell);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
