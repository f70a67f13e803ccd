package id.kotacerdas.analytics;

import static id.kotacerdas.analytics.TrendPeriods.BADUNG;
import static id.kotacerdas.analytics.TrendPeriods.DENPASAR;
import static id.kotacerdas.analytics.TrendPeriods.EARLIER;
import static id.kotacerdas.analytics.TrendPeriods.KARO;
import static id.kotacerdas.analytics.TrendPeriods.LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A region's trend follows its results period by period as each period's national table gives them, an imported
 * published table and results computed from assessments alike, and shows only what the reader may see.
 */
@IntegrationTest
class RegionTrendTest {

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
    void a_regions_trend_matches_the_national_results_of_each_period() throws Exception {
        for (String code : List.of(BADUNG, DENPASAR, KARO)) {
            JsonNode trend = trend(code, admin());

            assertThat(trend.get("periods")).hasSize(2);
            for (JsonNode period : trend.get("periods")) {
                NationalResultView line =
                        results.table(period.get("year").asInt()).line(code).orElseThrow();
                assertThat(period.get("final").decimalValue()).isEqualByComparingTo(line.finalScore());
                assertThat(period.get("rank").asInt()).isEqualTo(line.rank());
                assertThat(period.get("track").asString()).isEqualTo(line.track());
                assertThat(period.get("improvement").decimalValue()).isEqualByComparingTo(line.improvement());
                assertThat(period.get("improvementSource").asString()).isEqualTo(line.improvementSource());
                line.scores().forEach((dimension, score) -> {
                    JsonNode value = period.get("dimensions").get(dimension);
                    if (score == null) {
                        assertThat(value.isNull()).as(dimension).isTrue();
                    } else {
                        assertThat(value.decimalValue()).as(dimension).isEqualByComparingTo(score);
                    }
                });
            }
        }
    }

    @Test
    void badungs_trend_reads_its_imported_final_then_its_assessed_one_and_the_change() throws Exception {
        JsonNode trend = trend(BADUNG, admin());

        JsonNode earlier = trend.get("periods").get(0);
        assertThat(earlier.get("year").asInt()).isEqualTo(EARLIER);
        assertThat(earlier.get("source").asString()).isEqualTo("PUBLISHED_TABLE");
        assertThat(earlier.get("draft").asBoolean()).isFalse();
        assertThat(earlier.get("final").decimalValue()).isEqualByComparingTo("3.08");
        assertThat(earlier.get("improvementSource").asString()).isEqualTo("PUBLISHED");
        assertThat(earlier.get("regionsInPeriod").asInt()).isEqualTo(4);
        JsonNode later = trend.get("periods").get(1);
        assertThat(later.get("year").asInt()).isEqualTo(LATER);
        assertThat(later.get("source").asString()).isEqualTo("ASSESSMENTS");
        assertThat(later.get("final").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(later.get("improvement").decimalValue()).isEqualByComparingTo("-0.08");
        assertThat(later.get("improvementSource").asString()).isEqualTo("COMPUTED");
        assertThat(trend.get("change").get("change").decimalValue()).isEqualByComparingTo("-0.08");
        assertThat(trend.get("dimensions"))
                .extracting(d -> d.get("code").asString())
                .containsExactly("BASELINE", "OUTPUT", "OUTCOME", "IMPACT", "QUICK_WIN");
    }

    @Test
    void an_unpublished_period_is_hidden_from_the_public_and_shown_to_an_admin_as_a_draft() throws Exception {
        JsonNode anonymous = trend(BADUNG, null);
        assertThat(anonymous.get("periods"))
                .extracting(p -> p.get("year").asInt())
                .containsExactly(EARLIER);
        assertThat(anonymous.get("change").isNull()).isTrue();

        JsonNode operator = trend(BADUNG, httpBasic(TrendPeriods.OPERATOR, TrendPeriods.PASSWORD));
        assertThat(operator.get("periods"))
                .extracting(p -> p.get("year").asInt())
                .containsExactly(EARLIER);

        JsonNode admin = trend(BADUNG, admin());
        assertThat(admin.get("periods")).extracting(p -> p.get("year").asInt()).containsExactly(EARLIER, LATER);
        assertThat(admin.get("periods").get(1).get("draft").asBoolean()).isTrue();
        assertThat(admin.get("periods").get(1).get("status").asString()).isEqualTo("FINALIZED");
    }

    @Test
    void every_period_held_is_in_the_trend_unless_it_is_cut_at_a_year() throws Exception {
        JsonNode whole = JsonMapper.shared()
                .readTree(
                        mvc.perform(get("/api/v1/regions/{code}/trend", BADUNG).with(admin()))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(whole.get("until").isNull()).isTrue();
        assertThat(whole.get("periods")).extracting(p -> p.get("year").asInt()).contains(EARLIER, LATER);

        JsonNode cut = JsonMapper.shared()
                .readTree(mvc.perform(get("/api/v1/regions/{code}/trend?until={y}", BADUNG, EARLIER)
                                .with(admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(cut.get("periods")).extracting(p -> p.get("year").asInt()).containsExactly(EARLIER);
    }

    @Test
    void a_region_the_registry_does_not_hold_has_no_trend() throws Exception {
        mvc.perform(get("/api/v1/regions/99.99/trend"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("region.notFound"));
    }

    private JsonNode trend(String code, RequestPostProcessor caller) throws Exception {
        var request = get("/api/v1/regions/{code}/trend?until={y}", code, LATER);
        if (caller != null) {
            request.with(caller);
        }
        return JsonMapper.shared()
                .readTree(mvc.perform(request)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    private static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }
}
