package id.kotacerdas.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kotacerdas.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
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

    /** A code the contract promises is one the app can say, in Indonesian and in English (no typo, no stale key). */
    @Test
    void every_code_the_contract_names_has_its_message_in_both_languages() throws Exception {
        Properties indonesian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        List<String> codes = new ArrayList<>();
        served().path("components")
                .path("examples")
                .forEach(example -> codes.add(example.path("value").path("code").asString()));

        assertThat(codes).hasSizeGreaterThan(20).contains("security.unauthorized", "period.notFound");
        assertThat(codes).allSatisfy(code -> {
            assertThat(indonesian).as("messages.properties").containsKey(code);
            assertThat(english).as("messages_en.properties").containsKey(code);
        });
    }

    private JsonNode served() throws Exception {
        return ContractDocument.parse(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static Properties bundle(String name) throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }
}
