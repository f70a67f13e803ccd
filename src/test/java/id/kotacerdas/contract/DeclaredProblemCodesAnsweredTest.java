package id.kotacerdas.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The codes the contract declares are the ones the app answers with: one operation of each module is called so that
 * it refuses before it reads or writes anything (an unknown identifier, an invalid input), and the problem's
 * {@code code} is both the expected one and among those {@code docs/openapi.json} lists for the operation and status.
 * Year {@value #NO_PERIOD} can never be a period (periods lie in 2000-2100), so no test's period is touched.
 */
@IntegrationTest
class DeclaredProblemCodesAnsweredTest {

    static final int NO_PERIOD = 1999;
    private static final String NO_REGION = "99.99";
    private static final String NO_ID = "999999999";

    @Autowired
    MockMvc mvc;

    /** A call of {@code operation} (method and path as documented) at {@code url}, as an admin or anonymously. */
    record Refusal(String method, String operation, String url, boolean admin, String body, int status, String code) {

        static Refusal asAdmin(String method, String operation, String url, int status, String code) {
            return new Refusal(method, operation, url, true, null, status, code);
        }

        static Refusal anonymous(String method, String operation, String url, int status, String code) {
            return new Refusal(method, operation, url, false, null, status, code);
        }

        Refusal with(String json) {
            return new Refusal(method, operation, url, admin, json, status, code);
        }

        @Override
        public String toString() {
            return method + " " + url + " → " + status + " " + code;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                Refusal.anonymous(
                        "GET",
                        "/api/v1/regions/{code}/trend",
                        "/api/v1/regions/" + NO_REGION + "/trend",
                        404,
                        "region.notFound"),
                Refusal.anonymous(
                        "GET",
                        "/api/v1/periods/{year}/awards",
                        "/api/v1/periods/" + NO_PERIOD + "/awards",
                        404,
                        "period.notFound"),
                Refusal.asAdmin(
                        "GET", "/api/v1/masterplans/{id}", "/api/v1/masterplans/" + NO_ID, 404, "masterplan.notFound"),
                Refusal.asAdmin(
                        "GET",
                        "/api/v1/regions/{code}/field-evaluations/{year}/{semester}",
                        "/api/v1/regions/" + NO_REGION + "/field-evaluations/" + NO_PERIOD + "/3",
                        400,
                        "fieldEvaluation.semester.invalid"),
                Refusal.asAdmin(
                        "GET", "/api/v1/selections/{id}", "/api/v1/selections/" + NO_ID, 404, "selection.notFound"),
                Refusal.asAdmin(
                        "GET",
                        "/api/v1/guidance-sessions",
                        "/api/v1/guidance-sessions?year=1500",
                        400,
                        "guidance.year"),
                Refusal.asAdmin(
                        "GET",
                        "/api/v1/report-batches/{id}",
                        "/api/v1/report-batches/00000000-0000-0000-0000-000000000000",
                        404,
                        "reportBatch.notFound"),
                Refusal.asAdmin(
                        "GET", "/api/v1/users/{username}", "/api/v1/users/nobody-by-this-name", 404, "user.notFound"),
                Refusal.asAdmin("POST", "/api/v1/users/me/tokens", "/api/v1/users/me/tokens", 400, "token.name.invalid")
                        .with("{\"name\":\"Not A Token Name!\"}"),
                Refusal.asAdmin(
                        "GET",
                        "/api/v1/periods/{year}/regions/{code}/survey-summary",
                        "/api/v1/periods/" + NO_PERIOD + "/regions/" + NO_REGION + "/survey-summary",
                        404,
                        "period.notFound"),
                Refusal.asAdmin(
                                "POST",
                                "/api/v1/periods/{year}/regions/{code}/submission/reopen",
                                "/api/v1/periods/" + NO_PERIOD + "/regions/" + NO_REGION + "/submission/reopen",
                                400,
                                "selfAssessment.reopen.reason")
                        .with("{\"reason\":\" \"}"),
                Refusal.asAdmin(
                        "GET",
                        "/api/v1/periods/{year}/regions/{code}/result",
                        "/api/v1/periods/" + NO_PERIOD + "/regions/" + NO_REGION + "/result",
                        404,
                        "period.notFound"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void an_operation_refuses_with_a_code_its_contract_declares(Refusal refusal) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(HttpMethod.valueOf(refusal.method()), refusal.url());
        if (refusal.admin()) {
            request.with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD));
        }
        if (refusal.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(refusal.body());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus())
                .as(refusal + ": " + response.getContentAsString())
                .isEqualTo(refusal.status());
        JsonNode problem = ContractDocument.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("code").asString()).isEqualTo(refusal.code());
        assertThat(declared(refusal))
                .as(
                        "the codes docs/openapi.json lists for %s %s, %d",
                        refusal.method(), refusal.operation(), refusal.status())
                .contains(refusal.code());
    }

    private static Iterable<String> declared(Refusal refusal) throws Exception {
        JsonNode contract = ContractDocument.parse(Files.readString(ContractDocument.FILE, StandardCharsets.UTF_8));
        JsonNode examples = contract.path("paths")
                .path(refusal.operation())
                .path(refusal.method().toLowerCase(java.util.Locale.ROOT))
                .path("responses")
                .path(String.valueOf(refusal.status()))
                .path("content")
                .path("application/problem+json")
                .path("examples");
        return examples.propertyNames();
    }
}
