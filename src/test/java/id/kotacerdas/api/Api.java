package id.kotacerdas.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.TestAccounts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.StreamSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers shared by the API tests: credentials, the data files, JSON bodies. */
final class Api {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    static final MediaType TSV = MediaType.parseMediaType("text/tab-separated-values");

    private Api() {}

    static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }

    /** A published cell as a number: comma decimals; {@code -} or empty is no number. */
    static BigDecimal publishedDecimal(String cell) {
        String trimmed = cell.strip();
        if (trimmed.isEmpty() || trimmed.equals("-")) {
            return null;
        }
        return new BigDecimal(trimmed.replace(',', '.'));
    }

    static String toJson(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }

    static JsonNode json(ResultActions result) throws Exception {
        return JsonMapper.shared()
                .readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The element of a JSON array whose {@code field} has {@code value}. */
    static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> value.equals(node.path(field).asString(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no element with " + field + " = " + value + " in " + array));
    }

    /** Creates a draft period with a copy of the 2024 instrument. */
    static void createPeriod(MockMvc mvc, int year) throws Exception {
        mvc.perform(post("/api/v1/periods")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":" + year + ",\"copyInstrumentFrom\":2024}"))
                .andExpect(status().isCreated());
    }
}
