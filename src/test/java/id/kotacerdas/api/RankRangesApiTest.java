package id.kotacerdas.api;

import static id.kotacerdas.api.Api.find;
import static id.kotacerdas.api.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.scoring.domain.WeightPerturbation;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestData;
import id.kotacerdas.support.TestYears;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * How robust each rank of the 2024 demo table is (docs/method.md 10.3), read only: the API's ranges hold the table's
 * ranks, the table's page shows "rank (low–high)" and the region's page explains Badung's in a sentence.
 */
@IntegrationTest
class RankRangesApiTest {

    private static final String RANGES = "/api/v1/periods/2024/national-results/rank-ranges";

    @Autowired
    MockMvc mvc;

    /** The demo table as the app imports it (the same rows every test that needs 2024 imports). */
    @BeforeEach
    void the_2024_table() throws Exception {
        mvc.perform(post("/api/v1/periods/2024/national-results")
                        .param("acceptSuggestions", "true")
                        .param("reason", "the published table imported again by a test")
                        .with(Api.admin())
                        .contentType(Api.TSV)
                        .content(TestData.bytes(TestData.NATIONAL_2024_PART_A)))
                .andExpect(status().isOk());
    }

    @Test
    void every_rank_of_2024_lies_in_its_range_and_equals_the_tables_rank() throws Exception {
        JsonNode table = json(mvc.perform(get("/api/v1/periods/2024/national-results")));
        JsonNode ranges = json(mvc.perform(get(RANGES)).andExpect(status().isOk()));

        assertThat(ranges.get("year").asInt()).isEqualTo(2024);
        assertThat(ranges.get("perturbation").asInt()).isEqualTo(5);
        assertThat(ranges.get("weightVectors").asInt()).isEqualTo(1 + 5 * 64 + 15 * WeightPerturbation.DRAWS_PER_POINT);
        assertThat(ranges.get("regions")).hasSize(table.size());
        for (JsonNode line : table) {
            JsonNode range = find(
                    ranges.get("regions"), "regionCode", line.get("regionCode").asString());
            int rank = range.get("rank").asInt();
            assertThat(rank).isEqualTo(line.get("rank").asInt());
            assertThat(range.get("rankLow").asInt()).isBetween(1, rank);
            assertThat(range.get("rankHigh").asInt()).isBetween(rank, table.size());
            assertThat(range.get("trackRank").asInt())
                    .isEqualTo(line.at("/ranks/track").asInt());
            assertThat(range.get("trackRankLow").asInt())
                    .isLessThanOrEqualTo(range.get("trackRank").asInt());
            assertThat(range.get("trackRankHigh").asInt())
                    .isGreaterThanOrEqualTo(range.get("trackRank").asInt());
        }
        assertThat(table).hasSize(70);
        // ranges move: some rank of the demo table is not robust to ± 5 points
        assertThat(ranges.get("regions")
                        .valueStream()
                        .anyMatch(r ->
                                r.get("rankLow").asInt() < r.get("rankHigh").asInt()))
                .isTrue();
    }

    @Test
    void without_perturbation_every_range_is_the_rank_itself() throws Exception {
        JsonNode ranges =
                json(mvc.perform(get(RANGES).param("perturbation", "0")).andExpect(status().isOk()));

        assertThat(ranges.get("weightVectors").asInt()).isEqualTo(1);
        for (JsonNode range : ranges.get("regions")) {
            assertThat(range.get("rankLow").asInt()).isEqualTo(range.get("rank").asInt());
            assertThat(range.get("rankHigh").asInt())
                    .isEqualTo(range.get("rank").asInt());
        }
    }

    @Test
    void a_perturbation_beyond_10_points_is_refused() throws Exception {
        mvc.perform(get(RANGES).param("perturbation", "11").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.code").value("rankRanges.perturbation"))
                .andExpect(jsonPath("$.detail").value("The weights' perturbation must be 0 to 10 percentage points."));
    }

    @Test
    void a_period_that_does_not_exist_has_no_ranges() throws Exception {
        mvc.perform(get("/api/v1/periods/{y}/national-results/rank-ranges", TestYears.API_ACCESS_NEVER_CREATED))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_operator_of_any_region_reads_the_published_ranges_as_anyone_does(@Autowired ManageAccounts accounts)
            throws Exception {
        if (accounts.list().stream().noneMatch(a -> a.username().equals("rank-range-operator"))) {
            accounts.create(new NewAccount(
                    "rank-range-operator", "Danau-Toba-pagi-hari-1999!", "Operator Karo", "OPERATOR", "12.06", null));
        }
        String anonymous = mvc.perform(get(RANGES)).andReturn().getResponse().getContentAsString();

        mvc.perform(get(RANGES).with(httpBasic("rank-range-operator", "Danau-Toba-pagi-hari-1999!")))
                .andExpect(status().isOk())
                .andExpect(content().json(anonymous));
    }

    @Test
    void badungs_result_carries_its_rank_range_and_no_interval_for_an_imported_table() throws Exception {
        JsonNode ranges = json(mvc.perform(get(RANGES)));
        JsonNode badung = find(ranges.get("regions"), "regionCode", "51.03");

        mvc.perform(get("/api/v1/periods/2024/national-results/51.03"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rankRange.rank").value(31))
                .andExpect(jsonPath("$.rankRange.rankLow")
                        .value(badung.get("rankLow").asInt()))
                .andExpect(jsonPath("$.rankRange.rankHigh")
                        .value(badung.get("rankHigh").asInt()))
                .andExpect(jsonPath("$.rankRange.perturbation").value(5))
                .andExpect(jsonPath("$.finalInterval.status").value("IMPORTED"))
                .andExpect(jsonPath("$.finalInterval.low").doesNotExist());
    }

    @Test
    void the_national_table_shows_each_rank_with_its_range() throws Exception {
        JsonNode badung = find(json(mvc.perform(get(RANGES))).get("regions"), "regionCode", "51.03");
        String cell = "<span>31</span> <span class=\"rank-range\">("
                + badung.get("rankLow").asInt() + "\u2013"
                + badung.get("rankHigh").asInt() + ")</span>";

        mvc.perform(get("/hasil/2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(cell)))
                .andExpect(content().string(containsString("bergeser hingga \u00b15 poin persen")));
    }

    @Test
    void badungs_page_explains_its_rank_range_and_why_its_final_has_no_interval() throws Exception {
        JsonNode badung = find(json(mvc.perform(get(RANGES))).get("regions"), "regionCode", "51.03");

        mvc.perform(get("/hasil/2024/51.03").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("If every dimension weight moves by up to \u00b15 percentage"
                                + " points (the same move in both tracks, then the weights renormalised to 100%), this"
                                + " region&#39;s national rank (31 under the published weights) ranges from "
                                + badung.get("rankLow").asInt() + " to "
                                + badung.get("rankHigh").asInt())))
                .andExpect(content().string(containsString("computed over 60,321 fixed weight vectors")))
                .andExpect(content()
                        .string(containsString(
                                "This final has no 95% interval: the result was imported from a published table")));
    }
}
