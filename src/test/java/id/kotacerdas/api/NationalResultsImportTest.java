package id.kotacerdas.api;

import static id.kotacerdas.api.Api.admin;
import static id.kotacerdas.api.Api.find;
import static id.kotacerdas.api.Api.json;
import static id.kotacerdas.api.Api.publishedDecimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestData;
import id.kotacerdas.support.TestYears;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The published 2024 table (part A) imported through the API, and read back as the national table. */
@IntegrationTest
class NationalResultsImportTest {

    private static final String FILE = TestData.NATIONAL_2024_PART_A;

    /** API dimension code ← column of the published layout. */
    private static final Map<String, String> DIMENSION_COLUMNS = new LinkedHashMap<>();

    static {
        DIMENSION_COLUMNS.put("BASELINE", "BASELINE");
        DIMENSION_COLUMNS.put("OUTPUT", "OUTPUT");
        DIMENSION_COLUMNS.put("OUTCOME", "OUTCOME");
        DIMENSION_COLUMNS.put("IMPACT", "IMPACT");
        DIMENSION_COLUMNS.put("QUICK_WIN", "QUICK WINS");
        DIMENSION_COLUMNS.put("COLLABORATION", "PROGRAM KOLABORASI");
    }

    /** Region code of each name of the file whose code a test needs. */
    private static final Map<String, String> CODES = Map.of("KAB. BADUNG", "51.03", "KAB. KARO", "12.06");

    @Autowired
    MockMvc mvc;

    @Test
    void accepting_suggestions_imports_all_70_rows_without_mismatch() throws Exception {
        importPartA(2024, true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(70))
                .andExpect(jsonPath("$.rejected").isEmpty())
                .andExpect(jsonPath("$.mismatches").isEmpty());
    }

    @Test
    void every_published_row_reproduces_its_final_and_keeps_its_scores() throws Exception {
        importPartA(2024, true).andExpect(status().isOk());
        JsonNode table =
                json(mvc.perform(get("/api/v1/periods/2024/national-results")).andExpect(status().isOk()));
        assertThat(table).hasSize(70);

        List<String[]> rows = TestData.tsvLines(FILE);
        List<String> header = List.of(rows.get(0));
        List<String> names = new ArrayList<>();
        int reproduced = 0;
        for (String[] row : rows.subList(1, rows.size())) {
            String name = row[header.indexOf("KAB/KOTA")];
            JsonNode entry = entryNamed(table, name);
            names.add(name);
            BigDecimal publishedFinal = publishedDecimal(row[header.indexOf("NILAI FINAL")]);
            assertThat(entry.get("final").decimalValue())
                    .as("final of %s", name)
                    .isCloseTo(publishedFinal, within(new BigDecimal("0.01")));
            reproduced++;
            DIMENSION_COLUMNS.forEach((dimension, column) -> {
                BigDecimal input = publishedDecimal(row[header.indexOf(column)]);
                JsonNode score = entry.get("scores").get(dimension);
                if (input == null) {
                    assertThat(score.isNull())
                            .as("%s of %s is null", dimension, name)
                            .isTrue();
                } else {
                    assertThat(score.decimalValue())
                            .as("%s of %s", dimension, name)
                            .isEqualByComparingTo(input);
                }
            });
        }
        assertThat(reproduced).isEqualTo(70);
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void badung_keeps_its_published_improvement_on_the_regular_track() throws Exception {
        importPartA(2024, true).andExpect(status().isOk());
        JsonNode badung = find(table(2024), "regionCode", CODES.get("KAB. BADUNG"));

        assertThat(badung.get("regionName").asString()).isEqualTo("Kabupaten Badung");
        assertThat(badung.get("track").asString()).isEqualTo("REGULER");
        assertThat(badung.get("final").decimalValue()).isEqualByComparingTo("3.08");
        assertThat(badung.get("improvement").decimalValue()).isEqualByComparingTo("0.11");
        assertThat(badung.get("improvementSource").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void karo_counts_its_missing_collaboration_as_zero() throws Exception {
        importPartA(2024, true).andExpect(status().isOk());
        JsonNode karo = find(table(2024), "regionCode", CODES.get("KAB. KARO"));

        assertThat(karo.get("track").asString()).isEqualTo("KPPN_IKN");
        assertThat(karo.get("scores").get("COLLABORATION").isNull()).isTrue();
        assertThat(karo.get("final").decimalValue()).isEqualByComparingTo("2.26");
    }

    @Test
    void without_accepting_suggestions_bukittinggi_is_only_suggested() throws Exception {
        // a period of its own, so that "not imported" can be checked
        int year = TestYears.NATIONAL_RESULTS_IMPORT_SUGGESTIONS_NOT_ACCEPTED;
        Api.createPeriod(mvc, year);

        importPartA(year, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(69))
                .andExpect(jsonPath("$.rejected").isEmpty())
                .andExpect(jsonPath("$.suggestions.length()").value(1))
                .andExpect(jsonPath("$.suggestions[0].line").value(61))
                .andExpect(jsonPath("$.suggestions[0].input").value("KOTA BUKITINGGI"))
                .andExpect(jsonPath("$.suggestions[0].regionCode").value("13.75"))
                .andExpect(jsonPath("$.suggestions[0].regionName").value("Kota Bukittinggi"))
                .andExpect(jsonPath("$.suggestions[0].imported").value(false));

        JsonNode table = table(year);
        assertThat(table).hasSize(69);
        assertThat(table.findValuesAsString("regionCode")).doesNotContain("13.75");
    }

    /**
     * 2024 is PUBLISHED: once a test imported its table, importing it again is a correction, so every import
     * here gives a reason (a period whose results are final is imported again only with one).
     */
    private ResultActions importPartA(int year, boolean acceptSuggestions) throws Exception {
        return mvc.perform(post("/api/v1/periods/{year}/national-results", year)
                .param("acceptSuggestions", String.valueOf(acceptSuggestions))
                .param("reason", "the published table imported again by a test")
                .with(admin())
                .contentType(Api.TSV)
                .content(TestData.bytes(FILE)));
    }

    private JsonNode table(int year) throws Exception {
        return json(mvc.perform(get("/api/v1/periods/{year}/national-results", year))
                .andExpect(status().isOk()));
    }

    /**
     * The table entry of a published name. The registry spells every name of the file as published (in
     * title case, KAB. spelled out) except Bukittinggi, which the file misspells.
     */
    private static JsonNode entryNamed(JsonNode table, String published) {
        if (published.equals("KOTA BUKITINGGI")) {
            return find(table, "regionCode", "13.75");
        }
        String wanted = comparable(published.replaceFirst("^KAB\\. ", "KABUPATEN "));
        for (JsonNode entry : table) {
            if (comparable(entry.get("regionName").asString()).equals(wanted)) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + published);
    }

    private static String comparable(String name) {
        return name.replace('İ', 'I').replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    }
}
