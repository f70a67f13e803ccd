package id.kotacerdas.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * What the contract says of each operation's authentication is what the security chain does: every operation
 * declares its security; one it calls public ({@code {}} among its requirements) answers an anonymous call with
 * something other than 401, any other answers it 401 {@code security.unauthorized}; one it calls ADMIN refuses an
 * operator with 403 {@code security.forbidden} from the chain, one it calls SIGNED_IN lets the operator through it
 * (its use case may still refuse the operator's role or region). The
 * calls name nothing that exists (year 1900, region 00.00) and send no body, so they change nothing. Every
 * operation also documents its refusals as problems.
 */
@IntegrationTest
class DocumentedAccessTest {

    private static final String OPERATOR = "contract-access-operator";
    private static final String PASSWORD = "Kontrak-sandi-operator-5103";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Autowired
    MockMvc mvc;

    static JsonNode document;

    @BeforeAll
    static void anOperator(@Autowired ManageAccounts accounts, @Autowired MockMvc mvc) throws Exception {
        if (accounts.list().stream().noneMatch(a -> a.username().equals(OPERATOR))) {
            accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Kontrak", "OPERATOR", "51.03", null));
        }
        document = ContractDocument.parse(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    record Documented(String method, String path, JsonNode operation) {

        boolean isPublic() {
            for (JsonNode requirement : operation.path("security")) {
                if (requirement.isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        String access() {
            return operation.path("x-access").asString("");
        }

        /** The path with every variable filled with something that does not exist. */
        String concrete() {
            String filled = path;
            for (JsonNode parameter : operation.path("parameters")) {
                if ("path".equals(parameter.path("in").asString())) {
                    boolean number = "integer"
                            .equals(parameter.path("schema").path("type").asString());
                    String name = parameter.path("name").asString();
                    String value = number ? "1900" : name.equals("code") ? "00.00" : "tidak-ada";
                    filled = filled.replace("{" + name + "}", value);
                }
            }
            return filled;
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    static List<Documented> operations() {
        List<Documented> all = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    if (METHODS.contains(op.getKey())) {
                        all.add(new Documented(op.getKey(), path.getKey(), op.getValue()));
                    }
                }));
        assertThat(all).hasSizeGreaterThan(100);
        return all;
    }

    @Test
    void every_operation_declares_schemes_the_document_defines() {
        Set<String> schemes = new java.util.HashSet<>(
                document.path("components").path("securitySchemes").propertyNames());
        assertThat(schemes).containsExactlyInAnyOrder("basicAuth", "bearerAuth", "session");
        for (Documented op : operations()) {
            assertThat(op.operation().path("security").isEmpty())
                    .as("%s declares its security", op)
                    .isFalse();
            for (JsonNode requirement : op.operation().path("security")) {
                assertThat(schemes).as("%s", op).containsAll(requirement.propertyNames());
            }
            assertThat(op.access()).as("%s", op).isIn("PUBLIC", "SIGNED_IN", "ADMIN");
            assertThat(op.isPublic()).as("%s", op).isEqualTo(op.access().equals("PUBLIC"));
        }
    }

    @Test
    void every_operation_documents_its_refusals_as_problems() {
        for (Documented op : operations()) {
            List<String> refusals = new ArrayList<>();
            op.operation().path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    refusals.add(response.getKey());
                    assertThat(response.getValue()
                                    .path("content")
                                    .path("application/problem+json")
                                    .path("schema")
                                    .path("$ref")
                                    .asString(""))
                            .as("%s answers %s with a problem", op, response.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
            assertThat(refusals).as("%s", op).contains("401", "403", "429", "503");
            if (op.path().contains("{")) {
                assertThat(refusals).as("%s names something", op).contains("404");
            }
        }
    }

    @Test
    void an_anonymous_call_is_refused_exactly_where_the_contract_asks_for_credentials() throws Exception {
        for (Documented op : operations()) {
            MockHttpServletResponse answer =
                    mvc.perform(request(op)).andReturn().getResponse();
            if (op.isPublic()) {
                assertThat(answer.getStatus()).as("%s is public", op).isNotEqualTo(401);
            } else {
                assertThat(answer.getStatus()).as("%s needs credentials", op).isEqualTo(401);
                assertThat(answer.getContentAsString()).as("%s", op).contains("\"security.unauthorized\"");
            }
        }
    }

    @Test
    void an_operator_is_refused_by_the_chain_exactly_where_the_contract_says_admin() throws Exception {
        for (Documented op : operations()) {
            if (op.isPublic()) {
                continue;
            }
            MockHttpServletResponse answer = mvc.perform(request(op).with(httpBasic(OPERATOR, PASSWORD)))
                    .andReturn()
                    .getResponse();
            // the chain's own problems name no instance; a use case that refuses a role (Forbidden) does
            JsonNode body = answer.getStatus() == 403
                    ? ContractDocument.parse(answer.getContentAsString(StandardCharsets.UTF_8))
                    : null;
            boolean refusedByChain = body != null
                    && body.path("code").asString("").equals("security.forbidden")
                    && !body.has("instance");
            assertThat(refusedByChain)
                    .as(
                            "%s is documented %s and answered %s %s",
                            op, op.access(), answer.getStatus(), answer.getContentAsString(StandardCharsets.UTF_8))
                    .isEqualTo(op.access().equals("ADMIN"));
        }
    }

    private static MockHttpServletRequestBuilder request(Documented op) {
        return MockMvcRequestBuilders.request(HttpMethod.valueOf(op.method().toUpperCase(Locale.ROOT)), op.concrete());
    }
}
