package id.kotacerdas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * API tokens: created by the account or an administrator, shown once and kept as SHA-256, sent as {@code Bearer};
 * refused when expired, revoked or (read-only) used to write; nobody else's tokens can be managed.
 */
@IntegrationTest
class ApiTokensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @Autowired
    ApiTokenRepository tokens;

    @Autowired
    BearerCache valid;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_token_is_shown_once_kept_hashed_and_signs_in_its_account() throws Exception {
        operator("op-token-5103");
        String token = create("op-token-5103", "{\"name\":\"Laporan-Harian\",\"scope\":\"READ_ONLY\",\"days\":30}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/users/me/tokens/laporan-harian"))
                .andExpect(jsonPath("$.name").value("laporan-harian"))
                .andExpect(jsonPath("$.scope").value("READ_ONLY"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String secret = JsonMapper.shared().readTree(token).get("token").asString();

        mvc.perform(get("/api/v1/users/me").with(bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("op-token-5103"));
        mvc.perform(get("/api/v1/users/me/tokens").with(basic("op-token-5103")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("laporan-harian"))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].token").doesNotExist());
        String stored = jdbc.sql("select token_hash from api_token where username = 'op-token-5103'")
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(ManageApiTokens.hash(secret)).doesNotContain(secret);
        assertThat(audit("TOKEN_CREATED", "op-token-5103/laporan-harian")).isEqualTo(1);
    }

    @Test
    void a_read_only_token_may_only_read() throws Exception {
        operator("op-readonly-5103");
        String readOnly = secret("op-readonly-5103", "{\"name\":\"baca\"}");
        String readWrite = secret("op-readonly-5103", "{\"name\":\"tulis\",\"scope\":\"READ_WRITE\"}");

        mvc.perform(get("/api/v1/users/me").with(bearer(readOnly))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/users/me/tokens")
                        .with(bearer(readOnly))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"lagi\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("token.readOnly"));
        mvc.perform(put("/api/v1/users/me/password")
                        .with(bearer(readOnly))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/me/tokens")
                        .with(bearer(readWrite))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"lagi\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void expired_revoked_unknown_and_disabled_accounts_tokens_are_refused() throws Exception {
        operator("op-expired-5103");
        String expired = secret("op-expired-5103", "{\"name\":\"lama\"}");
        String revoked = secret("op-expired-5103", "{\"name\":\"dicabut\"}");
        mvc.perform(get("/api/v1/users/me").with(bearer(revoked))).andExpect(status().isOk()); // now cached
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where name = 'lama'"
                        + " and username = 'op-expired-5103'")
                .update();
        mvc.perform(delete("/api/v1/users/me/tokens/dicabut").with(basic("op-expired-5103")))
                .andExpect(status().isNoContent());

        for (String refused : new String[] {expired, revoked, "kct_tidak-pernah-dibuat"}) {
            mvc.perform(get("/api/v1/users/me").with(bearer(refused)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", ProblemEntryPoint.CHALLENGE))
                    .andExpect(jsonPath("$.code").value("security.tokenInvalid"));
        }
        assertThat(audit("TOKEN_REVOKED", "op-expired-5103/dicabut")).isEqualTo(1);

        operator("op-gone-5103");
        String gone = secret("op-gone-5103", "{\"name\":\"akun-mati\"}");
        mvc.perform(get("/api/v1/users/me").with(bearer(gone))).andExpect(status().isOk()); // now cached
        accounts.setEnabled("op-gone-5103", false, "admin");
        mvc.perform(get("/api/v1/users/me").with(bearer(gone))).andExpect(status().isUnauthorized());
    }

    @Test
    void nobody_manages_another_accounts_tokens_but_an_administrator() throws Exception {
        operator("op-owner-tok-5103");
        operator("op-other-tok-5103");
        secret("op-owner-tok-5103", "{\"name\":\"milik\"}");

        mvc.perform(get("/api/v1/users/op-owner-tok-5103/tokens").with(basic("op-other-tok-5103")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/users/op-owner-tok-5103/tokens/milik").with(basic("op-other-tok-5103")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/op-owner-tok-5103/tokens")
                        .with(basic("op-other-tok-5103"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"curian\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/users/me/tokens/milik").with(basic("op-other-tok-5103")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("token.notFound"));

        mvc.perform(get("/api/v1/users/op-owner-tok-5103/tokens").with(AccountsApiTest.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("milik"));
        mvc.perform(post("/api/v1/users/op-owner-tok-5103/tokens")
                        .with(AccountsApiTest.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"dari-admin\",\"scope\":\"READ_WRITE\",\"days\":7}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").isNotEmpty());
        mvc.perform(delete("/api/v1/users/op-owner-tok-5103/tokens/milik").with(AccountsApiTest.admin()))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select created_by from api_token where name = 'dari-admin'")
                        .query(String.class)
                        .single())
                .isEqualTo("admin");
    }

    @Test
    void names_scopes_and_lifetimes_are_checked() throws Exception {
        operator("op-rules-5103");
        create("op-rules-5103", "{\"name\":\"Bad Name!\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("token.name.invalid"));
        create("op-rules-5103", "{\"name\":\"a\",\"scope\":\"ADMIN\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("token.scope.invalid"));
        create("op-rules-5103", "{\"name\":\"a\",\"days\":366}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("token.days.invalid"));
        create("op-rules-5103", "{\"name\":\"a\"}").andExpect(status().isCreated());
        create("op-rules-5103", "{\"name\":\"a\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("token.exists"));
    }

    /**
     * The figure in the README: a token's check is a SHA-256 and a map lookup (one indexed read when not cached),
     * no BCrypt (~75 ms).
     */
    @Test
    void checking_a_token_costs_no_bcrypt() throws Exception {
        operator("op-speed-5103");
        String hash = ManageApiTokens.hash(secret("op-speed-5103", "{\"name\":\"cepat\"}"));
        double read = microsPerCall(() -> tokens.bearer(hash));
        double cached = microsPerCall(() -> valid.find(hash));
        System.out.printf(
                "API token check: %.1f µs per call (cached), %.0f µs reading the database each time%n", cached, read);
        assertThat(cached).isLessThan(1_000);
    }

    private static double microsPerCall(Supplier<Optional<?>> check) {
        for (int i = 0; i < 2_000; i++) {
            check.get();
        }
        int rounds = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            assertThat(check.get()).isPresent();
        }
        return (System.nanoTime() - start) / 1_000.0 / rounds;
    }

    private ResultActions create(String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/users/me/tokens")
                .with(basic(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String secret(String username, String body) throws Exception {
        String answer = create(username, body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(answer).get("token").asString();
    }

    private int audit(String action, String subject) {
        return jdbc.sql("select count(*) from audit_event where action = ? and subject = ?")
                .params(action, subject)
                .query(Integer.class)
                .single();
    }

    static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private static RequestPostProcessor basic(String username) {
        return httpBasic(username, AccountsApiTest.STRONG);
    }

    private void operator(String username) {
        accounts.create(new NewAccount(username, AccountsApiTest.STRONG, "Made Operator", "OPERATOR", "51.03", null));
    }
}
