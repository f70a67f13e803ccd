package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kota Makassar's operator monitors its institutions by stage (formed, active), stops and resumes a quick win, and
 * removes an item added by mistake, through the API; an item in a saved report stays. Another region's operator and
 * anonymous callers are refused on each of these endpoints.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterplanItemLifecycleTest {

    private static final String MAKASSAR = "73.71";
    private static final String OPERATOR = "op-lifecycle-7371";
    private static final String OTHER_OPERATOR = "op-lifecycle-5103";
    private static final String PASSWORD = "Makassar-Kota-Dunia-2019!";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    long plan;

    @BeforeAll
    void makassarsMasterplan(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Makassar", "OPERATOR", MAKASSAR, null));
        accounts.create(new NewAccount(OTHER_OPERATOR, PASSWORD, "Operator Badung", "OPERATOR", "51.03", null));
        plan = created(post("/api/v1/regions/" + MAKASSAR + "/masterplans"), """
                {"title":"Masterplan Smart City Kota Makassar","startYear":2019,"endYear":2023}""");
    }

    @Test
    void institutions_are_counted_by_stage_and_the_conclusion_says_how_many_are_formed_and_active() throws Exception {
        long council = institution("Dewan Smart City", 2021, 2);
        long team = institution("Tim Pelaksana Smart City", 2021, 2);
        long forum = institution("Forum Kota Sehat", 2021, 1);
        realise(council, 2021, 2).andExpect(status().isOk());
        realise(team, 2021, 1).andExpect(status().isOk());
        realise(forum, 2021, 0).andExpect(status().isOk());

        String body = mvc.perform(as(get("/api/v1/masterplans/" + plan + "/monitoring?year=2021")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.institutions.planned").value(3))
                .andExpect(jsonPath("$.institutions.formed").value(2))
                .andExpect(jsonPath("$.institutions.active").value(1))
                .andExpect(jsonPath("$.categories.INSTITUTION.met").value(1))
                .andExpect(jsonPath("$.categories.INSTITUTION.notMet").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains("Dari sebanyak 3 kelembagaan smart city yang direncanakan, sebanyak 2 kelembagaan telah"
                        + " terbentuk dan sebanyak 1 kelembagaan telah menjalankan fungsinya.");
    }

    @Test
    void an_institutions_stage_is_0_1_or_2_and_higher_is_better() throws Exception {
        long forum = institution("Forum Budaya", 2020, 2);
        realise(forum, 2020, 3)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("masterplan.institution.stage"))
                .andExpect(jsonPath("$.field").value("value"));
        realise(forum, 2020, 1.5).andExpect(jsonPath("$.code").value("masterplan.institution.stage"));
        mvc.perform(json(post("/api/v1/masterplans/" + plan + "/items"), """
                        {"category":"INSTITUTION","name":"Komunitas","direction":"LOWER_IS_BETTER",
                         "targets":{"2020":1}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("masterplan.institution.direction"));
        mvc.perform(json(post("/api/v1/masterplans/" + plan + "/items"), """
                        {"category":"INSTITUTION","name":"Komunitas","direction":"HIGHER_IS_BETTER",
                         "targets":{"2020":5}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("masterplan.institution.stage"));
    }

    @Test
    void a_stopped_quick_win_is_stopped_from_its_year_on_and_continues_again_once_resumed() throws Exception {
        long quickWin = created(post("/api/v1/masterplans/" + plan + "/items"), """
                {"category":"QUICK_WIN","name":"Lorong Wisata digital","unit":"lorong",
                 "direction":"HIGHER_IS_BETTER","targets":{"2019":10,"2020":20,"2021":30,"2022":40}}""");
        realise(quickWin, 2019, 12).andExpect(status().isOk());
        realise(quickWin, 2020, 22).andExpect(status().isOk());
        String stop = "/api/v1/masterplans/" + plan + "/items/" + quickWin + "/stop";

        mvc.perform(json(put(stop), "{\"year\":2021}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(json(put(stop), "{\"year\":2021,\"reason\":\"Anggaran dialihkan ke penanganan pandemi\"}"))
                .andExpect(status().isNoContent());

        continuity(2020).andExpect(jsonPath("$.quickWins.continued").value(1));
        continuity(2021)
                .andExpect(jsonPath("$.quickWins.started").value(1))
                .andExpect(jsonPath("$.quickWins.stopped").value(1))
                .andExpect(jsonPath("$.quickWins.continued").value(0));
        assertThat(audit.find(MAKASSAR, null))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("MASTERPLAN_QUICK_WIN_STOPPED"));

        mvc.perform(as(delete(stop))).andExpect(status().isNoContent());
        continuity(2021)
                .andExpect(jsonPath("$.quickWins.stopped").value(0))
                .andExpect(jsonPath("$.quickWins.notReported").value(1));
        mvc.perform(as(delete(stop)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("masterplan.quickWin.running"));
    }

    @Test
    void only_a_quick_win_is_stopped() throws Exception {
        long policy = policy("Perwal satu data", 2019);
        mvc.perform(json(
                        put("/api/v1/masterplans/" + plan + "/items/" + policy + "/stop"),
                        "{\"year\":2020,\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("masterplan.quickWin.only"));
    }

    @Test
    void an_item_added_by_mistake_is_removed_with_its_figures_and_audited() throws Exception {
        long mistake = policy("Perwal tertukar", 2022);
        realise(mistake, 2022, 1).andExpect(status().isOk());

        mvc.perform(as(delete("/api/v1/masterplans/" + plan + "/items/" + mistake)))
                .andExpect(status().isNoContent());

        String items = mvc.perform(as(get("/api/v1/masterplans/" + plan + "/monitoring?year=2022")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(items).doesNotContain("Perwal tertukar");
        assertThat(audit.find(MAKASSAR, null))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("MASTERPLAN_ITEM_REMOVED"));
        mvc.perform(as(delete("/api/v1/masterplans/" + plan + "/items/" + mistake)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("masterplan.item.notFound"));
    }

    @Test
    void an_item_with_figures_in_a_reported_year_stays() throws Exception {
        long reported = policy("Perwal SPBE", 2023);
        mvc.perform(json(put("/api/v1/masterplans/" + plan + "/monitoring-reports/2023"), "{\"conclusions\":[\"x\"]}"))
                .andExpect(status().isOk());

        mvc.perform(as(delete("/api/v1/masterplans/" + plan + "/items/" + reported)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("masterplan.item.reported"));
    }

    @Test
    void renaming_an_item_of_a_reported_year_needs_no_reason_while_its_targets_stay() throws Exception {
        long earlier = created(post("/api/v1/regions/" + MAKASSAR + "/masterplans"), """
                {"title":"Masterplan Makassar 2014-2018","startYear":2014,"endYear":2018}""");
        long policy = created(post("/api/v1/masterplans/" + earlier + "/items"), """
                {"category":"POLICY","name":"Perwal data","direction":"HIGHER_IS_BETTER","targets":{"2016":1}}""");
        mvc.perform(json(
                        put("/api/v1/masterplans/" + earlier + "/monitoring-reports/2016"),
                        "{\"conclusions\":[\"x\"]}"))
                .andExpect(status().isOk());
        String item = "/api/v1/masterplans/" + earlier + "/items/" + policy;

        mvc.perform(json(put(item), """
                        {"category":"POLICY","name":"Perwal satu data Makassar","direction":"HIGHER_IS_BETTER",
                         "targets":{"2016":1}}""")).andExpect(status().isOk());
        mvc.perform(json(put(item), """
                        {"category":"POLICY","name":"Perwal satu data Makassar","direction":"HIGHER_IS_BETTER",
                         "targets":{"2016":2}}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("masterplan.period.reported"));
    }

    Stream<MockHttpServletRequestBuilder> everyEndpoint() throws Exception {
        long item = policy("Perwal akses", 2019);
        String path = "/api/v1/masterplans/" + plan + "/items/" + item;
        return Stream.of(
                delete(path),
                put(path + "/stop").contentType(MediaType.APPLICATION_JSON).content("{\"year\":2020,\"reason\":\"x\"}"),
                delete(path + "/stop"));
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void another_regions_operator_is_refused_and_an_anonymous_caller_unauthorized(MockHttpServletRequestBuilder call)
            throws Exception {
        int status = mvc.perform(call.with(httpBasic(OTHER_OPERATOR, PASSWORD)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isIn(403, 404);
        mvc.perform(call.with(request -> {
                    request.removeHeader("Authorization");
                    return request;
                }))
                .andExpect(status().isUnauthorized());
    }

    private long institution(String name, int year, int target) throws Exception {
        return created(post("/api/v1/masterplans/" + plan + "/items"), """
                {"category":"INSTITUTION","name":"%s","direction":"HIGHER_IS_BETTER","targets":{"%d":%d}}""".formatted(name, year, target));
    }

    private long policy(String name, int year) throws Exception {
        return created(post("/api/v1/masterplans/" + plan + "/items"), """
                {"category":"POLICY","name":"%s","direction":"HIGHER_IS_BETTER","targets":{"%d":1}}""".formatted(name, year));
    }

    private org.springframework.test.web.servlet.ResultActions realise(long item, int year, Number value)
            throws Exception {
        return mvc.perform(json(
                put("/api/v1/masterplans/" + plan + "/items/" + item + "/realisations/" + year),
                "{\"value\":" + value + "}"));
    }

    private org.springframework.test.web.servlet.ResultActions continuity(int year) throws Exception {
        return mvc.perform(as(get("/api/v1/masterplans/" + plan + "/monitoring?year=" + year)))
                .andExpect(status().isOk());
    }

    private long created(MockHttpServletRequestBuilder request, String body) throws Exception {
        String answer = mvc.perform(json(request, body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(answer).get("id").asLong();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return as(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(OPERATOR).roles("OPERATOR"));
    }
}
