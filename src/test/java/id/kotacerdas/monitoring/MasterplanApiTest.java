package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kota Surakarta's operator records its masterplan through the API and enters its 2022 monitoring (the counts of
 * its report); the monitoring gives those counts and drafts the report's sentences. Another region's operator and
 * anonymous callers are refused on every endpoint.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterplanApiTest {

    private static final String SURAKARTA = "33.72";
    private static final String OPERATOR = "op-masterplan-3372";
    private static final String OTHER_OPERATOR = "op-masterplan-5103";
    private static final String PASSWORD = "Solo-Spirit-of-Java-2022!";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    long plan;
    long item;
    String evidence;

    @BeforeAll
    void surakartasMasterplanWithIts2022Monitoring(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Surakarta", "OPERATOR", SURAKARTA, null));
        accounts.create(new NewAccount(OTHER_OPERATOR, PASSWORD, "Operator Badung", "OPERATOR", "51.03", null));
        plan = id(mvc.perform(json(post("/api/v1/regions/" + SURAKARTA + "/masterplans"), OPERATOR, """
                        {"title":"Masterplan Smart City Kota Surakarta","startYear":2019,"endYear":2023,
                         "legalBasis":"Perwal 12 Tahun 2019","vision":"Solo kota cerdas"}"""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        enter("GOAL_INDICATOR", null, 34, 13, 0);
        enter("POLICY", null, 9, 6, 0);
        enter("INFRASTRUCTURE", null, 1, 2, 0);
        enter("APPLICATION", null, 2, 0, 0);
        enter("LITERACY", null, 8, 1, 0);
        enter("ROADMAP", "PROGRAM", 115, 19, 12);
        enter("ISO_37122", null, 33, 25, 23);
        evidence = JsonMapper.shared()
                .readTree(mvc.perform(multipart(realisation(2022) + "/evidence")
                                .file(new MockMultipartFile("file", "bukti.pdf", "application/pdf", SampleFiles.PDF))
                                .with(user(OPERATOR).roles("OPERATOR")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asString();
    }

    @Test
    void surakartas_2022_counts_give_its_summary_and_the_drafted_sentences_hold_them() throws Exception {
        String body = mvc.perform(with(get("/api/v1/masterplans/" + plan + "/monitoring?year=2022"), OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories.GOAL_INDICATOR.total").value(47))
                .andExpect(jsonPath("$.categories.GOAL_INDICATOR.met").value(34))
                .andExpect(jsonPath("$.categories.POLICY.notMet").value(6))
                .andExpect(jsonPath("$.categories.INFRASTRUCTURE.met").value(1))
                .andExpect(jsonPath("$.categories.APPLICATION.notMet").value(0))
                .andExpect(jsonPath("$.categories.LITERACY.met").value(8))
                .andExpect(jsonPath("$.categories.ROADMAP.total").value(146))
                .andExpect(jsonPath("$.categories.ROADMAP.unknown").value(12))
                .andExpect(jsonPath("$.categories.ISO_37122.met").value(33))
                .andExpect(jsonPath("$.categories.ISO_37122.notMet").value(25))
                .andExpect(jsonPath("$.categories.ISO_37122.unknown").value(23))
                .andExpect(jsonPath("$.smartDimensions.GOVERNANCE.planned").value(146))
                .andExpect(jsonPath("$.smartDimensions.GOVERNANCE.implemented").value(115))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<String> conclusions = JsonMapper.shared()
                .readTree(body)
                .get("conclusions")
                .valueStream()
                .map(n -> n.asString())
                .toList();
        assertThat(conclusions)
                .contains("Dari sebanyak 15 kebijakan smart city yang direncanakan, sebanyak 9 kebijakan telah"
                        + " tercapai dan sebanyak 6 kebijakan belum tercapai.")
                .contains("Dari sebanyak 146 program, kegiatan dan sub kegiatan roadmap yang direncanakan, sebanyak"
                        + " 115 butir telah tercapai, sebanyak 19 butir belum tercapai dan sebanyak 12 butir belum"
                        + " diketahui capaiannya.")
                .contains("Implementasi roadmap dimensi Smart Governance mencapai 78,77% (115 dari 146 program"
                        + " tercapai).");
        assertThat(audit.find(SURAKARTA, null))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("MASTERPLAN_REALISATION_SAVED"));
    }

    @Test
    void a_second_masterplan_starting_the_same_year_is_refused() throws Exception {
        mvc.perform(json(post("/api/v1/regions/" + SURAKARTA + "/masterplans"), OPERATOR, """
                        {"title":"Masterplan lain","startYear":2019,"endYear":2020}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("masterplan.exists"));
    }

    @Test
    void bad_items_and_realisations_are_refused_on_their_field() throws Exception {
        mvc.perform(json(post("/api/v1/masterplans/" + plan + "/items"), OPERATOR, """
                        {"category":"POLICY","smartDimension":"SPACE","name":"x","direction":"HIGHER_IS_BETTER"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("masterplan.value.unknown"))
                .andExpect(jsonPath("$.field").value("smartDimension"));
        mvc.perform(json(post("/api/v1/masterplans/" + plan + "/items"), OPERATOR, """
                        {"category":"ROADMAP","name":"x","direction":"LOWER_IS_BETTER"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("level"));
        mvc.perform(json(post("/api/v1/masterplans/" + plan + "/items"), OPERATOR, """
                        {"category":"POLICY","name":"x","direction":"HIGHER_IS_BETTER","targets":{"2030":1}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("masterplan.target.outside"));
        mvc.perform(json(put(realisation(2022)), OPERATOR, "{\"value\":1,\"semester\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("semester"));
        mvc.perform(json(put(realisation(2022)), OPERATOR, "{\"semester\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("value"));
    }

    @Test
    void a_saved_report_freezes_its_years_figures_and_a_correction_or_a_new_version_says_why() throws Exception {
        long plan = id(mvc.perform(json(post("/api/v1/regions/" + SURAKARTA + "/masterplans"), OPERATOR, """
                        {"title":"Masterplan Smart City Kota Surakarta 2023-2027","startYear":2023,"endYear":2027}"""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long policy = id(mvc.perform(json(post("/api/v1/masterplans/" + plan + "/items"), OPERATOR, """
                        {"category":"POLICY","name":"Perwal data terpadu","unit":"dokumen",
                         "direction":"HIGHER_IS_BETTER","targets":{"2023":1}}"""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String figure = "/api/v1/masterplans/" + plan + "/items/" + policy + "/realisations/2023";
        String report = "/api/v1/masterplans/" + plan + "/monitoring-reports/2023";
        mvc.perform(json(put(figure), OPERATOR, "{\"value\":0}")).andExpect(status().isOk());
        mvc.perform(json(put(report), OPERATOR, "{\"conclusions\":[\"Perwal belum terbit.\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(json(put(figure), OPERATOR, "{\"value\":1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("masterplan.period.reported"));
        mvc.perform(json(put(figure), OPERATOR, "{\"value\":1,\"reason\":\"Perwal terbit Desember\"}"))
                .andExpect(status().isOk());
        mvc.perform(json(put(report), OPERATOR, "{\"conclusions\":[\"Perwal terbit.\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(json(put(report), OPERATOR, "{\"conclusions\":[\"Perwal terbit.\"],\"reason\":\"koreksi\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));

        mvc.perform(with(get("/api/v1/masterplans/" + plan + "/monitoring?year=2023"), OPERATOR))
                .andExpect(jsonPath("$.categories.POLICY.met").value(1))
                .andExpect(jsonPath("$.conclusions[0]").value("Perwal terbit."));

        String item = "/api/v1/masterplans/" + plan + "/items/" + policy;
        String changed = """
                {"category":"POLICY","name":"Perwal data terpadu dan SPBE","unit":"dokumen",
                 "direction":"HIGHER_IS_BETTER","targets":{"2023":2}}""";
        mvc.perform(json(put(item), OPERATOR, changed))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("masterplan.period.reported"));
        mvc.perform(json(put(item + "?reason=target direvisi Bappeda"), OPERATOR, changed))
                .andExpect(status().isOk());
        mvc.perform(with(get("/api/v1/masterplans/" + plan + "/monitoring?year=2023"), OPERATOR))
                .andExpect(jsonPath("$.categories.POLICY.notMet").value(1));
    }

    @Test
    void a_recommendation_to_an_agency_is_followed_up() throws Exception {
        String recommendations = "/api/v1/masterplans/" + plan + "/recommendations";
        long id = id(mvc.perform(json(post(recommendations), OPERATOR, """
                        {"year":2022,"agency":"Diskominfo","text":"Integrasikan aplikasi layanan ke satu portal."}"""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(json(put(recommendations + "/" + id), OPERATOR, "{\"status\":\"SOMEDAY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(json(
                        put(recommendations + "/" + id),
                        OPERATOR,
                        "{\"status\":\"IN_PROGRESS\",\"followUp\":\"Portal diuji Juni\"}"))
                .andExpect(status().isOk());

        mvc.perform(with(get(recommendations + "?year=2022"), OPERATOR))
                .andExpect(jsonPath("$[0].agency").value("Diskominfo"))
                .andExpect(jsonPath("$[0].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$[0].followUp").value("Portal diuji Juni"));
    }

    Stream<AbstractMockHttpServletRequestBuilder<?>> everyEndpoint() {
        return Stream.of(
                json(
                        post("/api/v1/regions/" + SURAKARTA + "/masterplans"),
                        null,
                        "{\"title\":\"x\",\"startYear\":2024," + "\"endYear\":2028}"),
                get("/api/v1/regions/" + SURAKARTA + "/masterplans"),
                get("/api/v1/masterplans/" + plan),
                json(post("/api/v1/masterplans/" + plan + "/items"), null, """
                        {"category":"POLICY","name":"x","direction":"HIGHER_IS_BETTER"}"""),
                json(put(realisation(2022)), null, "{\"value\":1}"),
                json(
                        put("/api/v1/masterplans/" + plan + "/items/" + item),
                        null,
                        "{\"category\":\"POLICY\",\"name\":\"x\",\"direction\":\"HIGHER_IS_BETTER\"}"),
                json(
                        put("/api/v1/masterplans/" + plan + "/monitoring-reports/2022"),
                        null,
                        "{\"conclusions\":[\"x\"]}"),
                get("/api/v1/masterplans/" + plan + "/monitoring?year=2022"),
                get("/api/v1/masterplans/" + plan + "/recommendations?year=2022"),
                json(
                        post("/api/v1/masterplans/" + plan + "/recommendations"),
                        null,
                        "{\"year\":2022,\"agency\":\"Bappeda\",\"text\":\"x\"}"),
                // evidence on a realisation (RealisationEvidenceTest)
                multipart(realisation(2022) + "/evidence")
                        .file(new MockMultipartFile("file", "bukti.pdf", "application/pdf", SampleFiles.PDF)),
                get(realisation(2022) + "/evidence"),
                get("/api/v1/masterplans/" + plan + "/evidence/" + evidence),
                delete("/api/v1/masterplans/" + plan + "/evidence/" + evidence));
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void another_regions_operator_is_refused_and_an_anonymous_caller_unauthorized(
            AbstractMockHttpServletRequestBuilder<?> call) throws Exception {
        int status = mvc.perform(call.with(basic(OTHER_OPERATOR)))
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

    private void enter(String category, String level, int met, int notMet, int unknown) throws Exception {
        for (int i = 0; i < met + notMet + unknown; i++) {
            String body = "{\"category\":\"" + category + "\",\"smartDimension\":\"GOVERNANCE\",\"level\":"
                    + (level == null ? "null" : "\"" + level + "\"") + ",\"name\":\"" + category + " " + i
                    + "\",\"unit\":\"dokumen\",\"direction\":\"HIGHER_IS_BETTER\",\"targets\":{\"2022\":1}}";
            item = id(mvc.perform(json(post("/api/v1/masterplans/" + plan + "/items"), OPERATOR, body))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            if (i < met + notMet) {
                mvc.perform(json(put(realisation(2022)), OPERATOR, "{\"value\":" + (i < met ? 1 : 0) + "}"))
                        .andExpect(status().isOk());
            }
        }
    }

    private String realisation(int year) {
        return "/api/v1/masterplans/" + plan + "/items/" + item + "/realisations/" + year;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        MockHttpServletRequestBuilder built =
                request.contentType(MediaType.APPLICATION_JSON).content(body);
        return user == null ? built : with(built, user);
    }

    /** Signed in as the account (a session's caller: no password hash per call, as a browser's calls are). */
    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String user) {
        return request.with(user(user).roles("OPERATOR"));
    }

    private static RequestPostProcessor basic(String user) {
        return httpBasic(user, PASSWORD);
    }

    private static long id(String body) {
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }
}
