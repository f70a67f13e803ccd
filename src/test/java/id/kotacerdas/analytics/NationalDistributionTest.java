package id.kotacerdas.analytics;

import static id.kotacerdas.analytics.TrendPeriods.EARLIER;
import static id.kotacerdas.analytics.TrendPeriods.LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A period's distribution of finals and its improvement leaders, through the API and on the national table's page. */
@IntegrationTest
class NationalDistributionTest {

    private static final String DISTRIBUTION = "/api/v1/periods/{year}/national-results/distribution";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    NationalResultsApi results;

    @BeforeEach
    void periods() {
        TrendPeriods.ensure(context);
    }

    @Test
    void the_counts_add_up_to_the_regions_with_a_final() throws Exception {
        for (int year : new int[] {EARLIER, 2024}) {
            JsonNode d = json(get(DISTRIBUTION, year));
            int withFinal = (int) results.table(year).lines().stream()
                    .filter(l -> l.finalScore() != null)
                    .count();

            assertThat(d.get("regions").asInt()).isEqualTo(withFinal);
            assertThat(sum(d.get("histogram").get("bins"), "count")).isEqualTo(withFinal);
            assertThat(sum(d.get("byTrack"), "count")).isEqualTo(withFinal);
            assertThat(sum(d.get("byProvince"), "count")).isEqualTo(withFinal);
        }
    }

    @Test
    void the_imported_tables_finals_fall_in_their_bins_tracks_and_provinces() throws Exception {
        JsonNode d = json(get(DISTRIBUTION, EARLIER));

        assertThat(d.get("draft").asBoolean()).isFalse();
        JsonNode bins = d.get("histogram").get("bins");
        assertThat(bins).hasSize(16);
        assertThat(bins.get(9).get("count").asInt()).isEqualTo(1); // Karo 2.26 in 2.25–2.50
        assertThat(bins.get(9).get("byTrack").get("KPPN_IKN").asInt()).isEqualTo(1);
        assertThat(bins.get(12).get("count").asInt()).isEqualTo(2); // Badung 3.08, Surakarta 3.20 in 3.00–3.25
        assertThat(bins.get(13).get("count").asInt()).isEqualTo(1); // Denpasar 3.35 in 3.25–3.50
        JsonNode reguler = d.get("byTrack").get(0);
        assertThat(reguler.get("code").asString()).isEqualTo("REGULER");
        assertThat(reguler.get("count").asInt()).isEqualTo(3);
        assertThat(reguler.get("mean").decimalValue()).isEqualByComparingTo("3.21"); // 9.63 / 3
        assertThat(reguler.get("median").decimalValue()).isEqualByComparingTo("3.20");
        JsonNode bali = d.get("byProvince").get(2);
        assertThat(bali.get("name").asString()).isEqualTo("Bali");
        assertThat(bali.get("count").asInt()).isEqualTo(2);
        assertThat(bali.get("mean").decimalValue()).isEqualByComparingTo("3.22"); // 6.43 / 2 = 3.215
        assertThat(bali.get("median").decimalValue()).isEqualByComparingTo("3.22");
    }

    @Test
    void the_improvement_leaders_share_a_tied_last_rank() throws Exception {
        JsonNode leaders = json(get(DISTRIBUTION + "?top=3", EARLIER)).get("improvementLeaders");

        assertThat(leaders.get("ranked").asInt()).isEqualTo(4);
        assertThat(leaders.get("tiedAtCutoff").asBoolean()).isTrue();
        assertThat(leaders.get("leaders"))
                .extracting(
                        l -> l.get("rank").asInt() + " " + l.get("regionName").asString() + " "
                                + l.get("improvement").decimalValue().toPlainString())
                .containsExactly(
                        "1 Kota Surakarta 0.2",
                        "2 Kabupaten Badung 0.11",
                        "3 Kabupaten Karo 0.1",
                        "3 Kota Denpasar 0.1");
        assertThat(leaders.get("leaders").get(0).get("final").decimalValue()).isEqualByComparingTo("3.20");
    }

    @Test
    void leaders_of_an_assessed_period_rank_the_improvement_computed_from_the_year_before() throws Exception {
        JsonNode d = json(get(DISTRIBUTION, LATER).with(admin()));

        assertThat(d.get("draft").asBoolean()).isTrue();
        assertThat(d.get("improvementLeaders").get("leaders"))
                .extracting(l -> l.get("regionCode").asString() + " "
                        + l.get("improvementSource").asString())
                .containsExactly("51.71 COMPUTED", "12.06 COMPUTED", "51.03 COMPUTED");
    }

    @Test
    void an_unpublished_periods_distribution_is_not_found_for_the_public() throws Exception {
        mvc.perform(get(DISTRIBUTION, LATER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("results.notPublished"));
        mvc.perform(get(DISTRIBUTION, LATER).with(httpBasic(TrendPeriods.OPERATOR, TrendPeriods.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_number_of_leaders_asked_for_is_1_to_100() throws Exception {
        mvc.perform(get(DISTRIBUTION + "?top=0", EARLIER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("distribution.top"));
        mvc.perform(get(DISTRIBUTION + "?top=101", EARLIER)).andExpect(status().isBadRequest());
        mvc.perform(get(DISTRIBUTION + "?top=100", EARLIER)).andExpect(status().isOk());
    }

    @Test
    void the_national_page_loads_the_distribution_which_shows_its_charts_data() throws Exception {
        String page = html(get("/hasil/{y}", EARLIER));
        assertThat(PageHtml.attribute(page, "distribution", "hx-get")).isEqualTo("/hasil/" + EARLIER + "/sebaran");
        assertThat(PageHtml.attribute(page, "distribution-link", "href")).isEqualTo("/hasil/" + EARLIER + "/sebaran");

        String section = html(get("/hasil/{y}/sebaran", EARLIER).header("HX-Request", "true"));
        assertThat(section).doesNotContain("<nav");
        assertThat(PageHtml.attribute(section, "national-distribution-chart", "data-labels"))
                .startsWith("[\"0,00–0,25\",\"0,25–0,50\"")
                .endsWith("\"3,75–4,00\"]");
        assertThat(PageHtml.attribute(section, "national-distribution-chart", "data-series"))
                .isEqualTo("[{\"label\":\"Reguler\",\"data\":[0,0,0,0,0,0,0,0,0,0,0,0,2,1,0,0]},"
                        + "{\"label\":\"KPPN-IKN\",\"data\":[0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0]}]");
        assertThat(PageHtml.textFrom(section, "distribution-tracks")).contains("Reguler 3 3,21 3,20 3,08 3,35");
        assertThat(PageHtml.textFrom(section, "distribution-leaders"))
                .contains("1 Kota Surakarta Jawa Tengah Reguler 0,20 dari tabel terbitan 3,20");
    }

    @Test
    void an_admin_sees_an_unpublished_periods_distribution_marked_as_a_draft() throws Exception {
        String page = html(get("/hasil/{y}/sebaran", LATER).with(user("admin").roles("ADMIN")));

        assertThat(page).contains("<nav class=\"breadcrumb\"");
        assertThat(PageHtml.has(page, "distribution-draft")).isTrue();
        mvc.perform(get("/hasil/{y}/sebaran", LATER)).andExpect(status().isNotFound());
    }

    private static int sum(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .mapToInt(n -> n.get(field).asInt())
                .sum();
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        return JsonMapper.shared().readTree(html(request));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }
}
