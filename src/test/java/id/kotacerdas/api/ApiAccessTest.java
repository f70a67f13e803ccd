package id.kotacerdas.api;

import static id.kotacerdas.api.Api.find;
import static id.kotacerdas.api.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import id.kotacerdas.support.TestYears;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what: every write endpoint (and the participant list) needs an ADMIN: anonymous calls get
 * 401, an operator gets 403, both as problem+json. Reference data and results are public.
 */
@IntegrationTest
class ApiAccessTest {

    private static final int NEVER_CREATED = TestYears.API_ACCESS_NEVER_CREATED;

    private static final String OPERATOR = "api-access-operator";
    private static final String OPERATOR_PASSWORD = "operator-password-api-access";

    private static final String AWARD = "{\"name\":\"Terbaik\",\"measure\":\"FINAL\",\"places\":1}";

    private static final String QUESTION =
            "{\"dimension\":\"OUTPUT\",\"indicator\":\"i\",\"subIndicator\":\"s\",\"text\":\"t\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    /** A call of the API: method, path, and a JSON (or TSV) body when it takes one. */
    record Call(HttpMethod method, String path, MediaType type, String body) {

        static Call of(String method, String path) {
            return new Call(HttpMethod.valueOf(method), path, null, null);
        }

        static Call of(String method, String path, String json) {
            return new Call(HttpMethod.valueOf(method), path, MediaType.APPLICATION_JSON, json);
        }

        /** A multipart POST of a small PNG as {@code file}, with {@code caption}. */
        static Call upload(String path) {
            return new Call(HttpMethod.POST, path, MediaType.MULTIPART_FORM_DATA, null);
        }

        AbstractMockHttpServletRequestBuilder<?> request() {
            if (MediaType.MULTIPART_FORM_DATA.equals(type)) {
                return MockMvcRequestBuilders.multipart(path)
                        .file(new MockMultipartFile("file", "foto.png", "image/png", SampleFiles.PNG))
                        .param("caption", "x");
            }
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
            return body == null ? request : request.contentType(type).content(body);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Call> adminOnlyCalls() {
        return Stream.of(
                Call.of("POST", "/api/v1/periods", "{\"year\":" + NEVER_CREATED + ",\"copyInstrumentFrom\":2024}"),
                Call.of("PATCH", "/api/v1/periods/2024", "{\"selfAssessmentOpens\":\"2024-10-01\"}"),
                Call.of("POST", "/api/v1/periods/2024/transitions", "{\"to\":\"SELF_ASSESSMENT\"}"),
                Call.of("PUT", "/api/v1/periods/2024/instrument/weights/REGULER", "{\"BASELINE\":1}"),
                Call.of("PUT", "/api/v1/periods/2024/instrument/questions/1", QUESTION),
                Call.of("POST", "/api/v1/periods/2024/instrument/questions", QUESTION),
                Call.of("DELETE", "/api/v1/periods/2024/instrument/questions/115"),
                Call.of("PUT", "/api/v1/periods/2024/participants/51.03", "{\"track\":\"REGULER\"}"),
                Call.of("DELETE", "/api/v1/periods/2024/participants/51.03"),
                Call.of("GET", "/api/v1/periods/2024/participants"),
                Call.of("GET", "/api/v1/periods/2024/survey-integrity"),
                // the raw survey of every region at once (the region's own file: RegionEndpointAccessTest)
                Call.of("GET", "/api/v1/periods/2024/survey-responses.csv"),
                Call.of("GET", "/api/v1/periods/2024/survey-responses.xlsx"),
                // the results letter's text (issue 10); the printed letter is public as the table is
                Call.of("GET", "/api/v1/periods/2024/letter"),
                Call.of("PUT", "/api/v1/periods/2024/letter", "{\"number\":\"B-1/2024\"}"),
                // the ministry's view of every region's masterplan monitoring (issue 11)
                Call.of("GET", "/api/v1/masterplan-monitoring?year=2024"),
                // field evaluations (issue 12): the national list, and planning, recording and follow-ups are the
                // ministry's, even for the region's own operator (reading: FieldEvaluationApiTest)
                Call.of("GET", "/api/v1/field-evaluations?year=2024"),
                Call.of(
                        "POST",
                        "/api/v1/regions/51.03/field-evaluations",
                        "{\"year\":2024,\"semester\":1,\"plannedOn\":\"2024-06-01\",\"team\":[{\"name\":\"x\"}]}"),
                Call.of(
                        "PUT",
                        "/api/v1/regions/51.03/field-evaluations/2024/1",
                        "{\"plannedOn\":\"2024-06-01\",\"team\":[{\"name\":\"x\"}]}"),
                Call.of(
                        "POST",
                        "/api/v1/regions/51.03/field-evaluations/2024/1/follow-ups",
                        "{\"action\":\"x\",\"agency\":\"Bappeda\",\"dueOn\":\"2024-12-01\"}"),
                // its photos: added and removed by the ministry only (reading: FieldEvaluationPhotosTest)
                Call.upload("/api/v1/regions/51.03/field-evaluations/2024/1/photos"),
                Call.of(
                        "DELETE",
                        "/api/v1/regions/51.03/field-evaluations/2024/1/photos/00000000-0000-0000-0000-000000000003"),
                // every region's report in one ZIP (issue 10)
                Call.of("POST", "/api/v1/periods/2024/report-batches"),
                Call.of("GET", "/api/v1/report-batches/00000000-0000-0000-0000-000000000001"),
                Call.of("GET", "/api/v1/report-batches/00000000-0000-0000-0000-000000000001/reports.zip"),
                // candidate selection and the programme's participants (issue 12): every endpoint, ADMIN only
                Call.of("POST", "/api/v1/selections", "{\"year\":2018,\"name\":\"access\",\"quota\":50}"),
                Call.of("GET", "/api/v1/selections"),
                Call.of("GET", "/api/v1/selections/1"),
                Call.of("PUT", "/api/v1/selections/1", "{\"year\":2018,\"name\":\"access\",\"quota\":50}"),
                new Call(
                        HttpMethod.PUT,
                        "/api/v1/selections/1/candidates",
                        MediaType.parseMediaType("text/csv"),
                        "region_code,IKBT,IKB,IKH,KKD\n51.03,1,1,1,TINGGI\n"),
                Call.of("GET", "/api/v1/selections/1/ranking"),
                Call.of("POST", "/api/v1/selections/1/confirmation", "{}"),
                Call.of(
                        "PUT",
                        "/api/v1/selections/1/regions/51.03/mou",
                        "{\"number\":\"x\",\"signedOn\":\"2018-03-20\"}"),
                Call.of("GET", "/api/v1/programme/participants"),
                Call.of("POST", "/api/v1/periods/2024/participants/from-programme"),
                // awards (issue 12): defining, the proposal, the jury's winners, publication
                Call.of("POST", "/api/v1/periods/2024/awards", AWARD),
                Call.of("PUT", "/api/v1/periods/2024/awards/terbaik", AWARD),
                Call.of("GET", "/api/v1/periods/2024/awards/terbaik/proposal"),
                Call.of(
                        "PUT",
                        "/api/v1/periods/2024/awards/terbaik/winners",
                        "{\"winners\":[\"51.03\"],\"note\":\"x\"}"),
                Call.of("POST", "/api/v1/periods/2024/awards/terbaik/publish"),
                // the programme's guidance (issue 12): mentors and milestone lists are an administrator's; the
                // region's own endpoints refuse another region's operator in GuidanceApiTest
                Call.of("PUT", "/api/v1/selections/1/regions/51.03/mentors", "{\"mentors\":[]}"),
                Call.of("GET", "/api/v1/selections/1/regions/51.03/mentors"),
                Call.of("GET", "/api/v1/selections/1/milestones"),
                Call.of("PUT", "/api/v1/selections/1/milestones", "{\"milestones\":[{\"name\":\"x\"}]}"),
                Call.of("GET", "/api/v1/selections/1/milestones/progress"),
                // the masterplan review (issue 12): the rubric, the cohort's progress, the reviewers' assignment,
                // reopening and publication are the ministry's (the rest: MasterplanReviewAccessTest)
                Call.of("GET", "/api/v1/selections/1/rubric"),
                Call.of(
                        "PUT",
                        "/api/v1/selections/1/rubric",
                        "{\"criteria\":[{\"code\":\"A\",\"name\":\"A\",\"weight\":1}]}"),
                Call.of("GET", "/api/v1/selections/1/reviews"),
                Call.of("PUT", "/api/v1/selections/1/regions/51.03/reviewers", "[]"),
                Call.of("POST", "/api/v1/selections/1/regions/51.03/review/reviewers/x/reopen", "{\"reason\":\"x\"}"),
                Call.of("POST", "/api/v1/selections/1/regions/51.03/review/publication"),
                // evaluation analytics (issue 13): agreement, calibration and the what-if final are the ministry's,
                // even
                // for the region's own operator (an assessor on the panel is refused in AnalyticsPanelsTest)
                Call.of("GET", "/api/v1/periods/2024/regions/51.03/agreement"),
                Call.of("GET", "/api/v1/periods/2024/agreement"),
                Call.of("GET", "/api/v1/periods/2024/calibration"),
                Call.of("GET", "/api/v1/periods/2024/regions/51.03/what-if?without=asr-x"),
                // another account's API tokens (security, issue 9)
                Call.of("GET", "/api/v1/users/admin/tokens"),
                Call.of("POST", "/api/v1/users/admin/tokens", "{\"name\":\"access-test\"}"),
                Call.of("DELETE", "/api/v1/users/admin/tokens/access-test"),
                // e-mail notices (issue 14): every account's notices, sending a failed one again, another account's
                // address and language
                Call.of("GET", "/api/v1/notices"),
                Call.of("POST", "/api/v1/notices/00000000-0000-0000-0000-000000000004/resend"),
                Call.of("PUT", "/api/v1/users/admin/contact", "{\"email\":\"x@example.go.id\"}"),
                new Call(
                        HttpMethod.POST,
                        "/api/v1/periods/2024/national-results",
                        Api.TSV,
                        "NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tQUICK WINS\tPROGRAM KOLABORASI"
                                + "\tNILAI FINAL\tTINGKAT IMPROVEMENT\tKET\n"
                                + "1\tKAB. BADUNG\t1\t1\t1\t1\t1\t\t1\t0\tREGULER\n"),
                // a region's self-assessment extension (issue 14), even for the region's own operator
                Call.of(
                        "PUT",
                        "/api/v1/periods/2024/regions/51.03/self-assessment/extension",
                        "{\"until\":\"2025-01-10T17:00:00+07:00\",\"reason\":\"x\"}"),
                Call.of("DELETE", "/api/v1/periods/2024/regions/51.03/self-assessment/extension"));
    }

    @BeforeEach
    void anOperatorAccount() {
        if (accounts.list().stream().noneMatch(a -> a.username().equals(OPERATOR))) {
            accounts.create(new NewAccount(OPERATOR, OPERATOR_PASSWORD, "Operator Badung", "OPERATOR", "51.03", null));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOnlyCalls")
    void an_anonymous_call_is_unauthorized(Call call) throws Exception {
        mvc.perform(call.request())
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.status").value(401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOnlyCalls")
    void an_operator_is_forbidden(Call call) throws Exception {
        mvc.perform(call.request().with(httpBasic(OPERATOR, OPERATOR_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.status").value(403));
    }

    /** One's own account (security, issue 9) and reference data for signed-in work: never an anonymous caller. */
    static Stream<Call> signedInCalls() {
        return Stream.of(
                Call.of("GET", "/api/v1/users/me"),
                Call.of("PUT", "/api/v1/users/me/password", "{}"),
                Call.of("GET", "/api/v1/users/me/tokens"),
                Call.of("POST", "/api/v1/users/me/tokens", "{\"name\":\"access-test\"}"),
                Call.of("DELETE", "/api/v1/users/me/tokens/access-test"),
                // the SNI ISO 37122 catalogue (issue 11): any account, see MasterplanImportPageTest
                Call.of("GET", "/api/v1/iso37122-indicators"),
                // e-mail notices (issue 14): one's own notices, preferences, address and language (NoticeDeliveryTest,
                // NoticesInTheApplicationTest)
                Call.of("GET", "/api/v1/users/me/notices"),
                Call.of("POST", "/api/v1/users/me/notices/read"),
                Call.of("GET", "/api/v1/users/me/notice-preferences"),
                Call.of("PUT", "/api/v1/users/me/notice-preferences", "[]"),
                Call.of("PUT", "/api/v1/users/me/contact", "{}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedInCalls")
    void an_anonymous_call_for_ones_own_account_is_unauthorized(Call call) throws Exception {
        mvc.perform(call.request())
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM));
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(
            strings = {
                "/api/v1/regions",
                "/api/v1/periods",
                "/api/v1/periods/2024",
                "/api/v1/periods/2024/instrument",
                "/api/v1/periods/2024/national-results",
                "/api/v1/periods/2024/national-results.xlsx",
                "/api/v1/periods/2024/national-results.csv",
                "/api/v1/periods/2024/open-data.zip",
                "/api/v1/periods/2024/letter.pdf",
                "/api/v1/periods/2024/awards",
                // trends across periods (issue 13): as visible as the tables (RegionTrendTest,
                // NationalDistributionTest)
                "/api/v1/regions/51.03/trend",
                "/api/v1/periods/2024/national-results/distribution",
                // issue 13: how robust each rank is (a period's draft ranges: ImpactFromSurveyTest)
                "/api/v1/periods/2024/national-results/rank-ranges"
            })
    void reference_data_and_results_are_public(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void the_scoring_preview_is_public() throws Exception {
        Map<String, Integer> allThrees =
                IntStream.rangeClosed(1, 115).boxed().collect(Collectors.toMap(String::valueOf, no -> 3));
        mvc.perform(post("/api/v1/scoring/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Api.toJson(Map.of("year", 2024, "track", "REGULER", "questionScores", allThrees))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.final").value(3.0));
    }

    @Test
    void the_registry_holds_all_514_regions() throws Exception {
        JsonNode regions = json(mvc.perform(get("/api/v1/regions")).andExpect(status().isOk()));

        assertThat(regions).hasSize(514);
        assertThat(find(regions, "code", "51.03")).isEqualTo(JsonMapper.shared().readTree("""
                                {"code":"51.03","name":"Kabupaten Badung","kind":"KABUPATEN",
                                 "provinceCode":"51","provinceName":"Bali"}"""));
    }

    @Test
    void the_2024_instrument_has_115_questions_and_both_tracks_weigh_baseline_10_percent() throws Exception {
        JsonNode instrument =
                json(mvc.perform(get("/api/v1/periods/2024/instrument")).andExpect(status().isOk()));

        assertThat(instrument.get("year").asInt()).isEqualTo(2024);
        assertThat(instrument.get("questions")).hasSize(115);
        JsonNode baseline =
                find(instrument.get("dimensions"), "code", "BASELINE").get("weights");
        assertThat(baseline.get("REGULER").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(baseline.get("KPPN_IKN").decimalValue()).isEqualByComparingTo("0.1");
    }

    @Test
    void health_is_up() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
