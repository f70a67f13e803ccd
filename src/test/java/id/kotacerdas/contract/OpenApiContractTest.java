package id.kotacerdas.contract;

import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kotacerdas.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The committed contract ({@code docs/openapi.json}, which Redocly lints and the test client is generated from) is
 * the document the running app serves at {@code /v3/api-docs}: a controller, a field or an access rule changed
 * without the contract fails here, saying how to write it again.
 */
@IntegrationTest
class OpenApiContractTest {

    static final String REFRESH = "./mvnw -B test -Dtest=OpenApiContractTest -Dopenapi.write=true";

    @Autowired
    MockMvc mvc;

    @Test
    void the_served_document_is_the_committed_contract() throws Exception {
        JsonNode served = ContractDocument.parse(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Path committed = ContractDocument.FILE;
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(committed, ContractDocument.pretty(served), StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(committed)) {
            fail("%s is missing; write it with: %s", committed, REFRESH);
        }
        JsonNode contract = ContractDocument.parse(Files.readString(committed, StandardCharsets.UTF_8));
        var differences = ContractDocument.differences(contract, served);
        if (!differences.isEmpty()) {
            fail(
                    "The API served at /v3/api-docs differs from the committed contract %s in %d place(s):%n%s%n"
                            + "If the change is intended, write the contract again and commit it:%n  %s",
                    committed,
                    differences.size(),
                    String.join(System.lineSeparator(), differences.subList(0, Math.min(20, differences.size()))),
                    REFRESH);
        }
    }
}
