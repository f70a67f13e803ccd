package id.kotacerdas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Administrators create accounts through the API; weak passwords and incomplete accounts are refused. */
@IntegrationTest
class AccountsApiTest {

    static final String STRONG = "Sawah-hijau-di-Tabanan-1983!";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }

    static String account(String username, String password, String role, String region, String affiliation) {
        return """
                {"username":"%s","password":"%s","fullName":"Putu Wirawan","role":"%s",
                 "regionCode":%s,"affiliation":%s}""".formatted(
                        username,
                        password,
                        role,
                        region == null ? "null" : "\"" + region + "\"",
                        affiliation == null ? "null" : "\"" + affiliation + "\"");
    }

    ResultActions create(String body) throws Exception {
        return mvc.perform(post("/api/v1/users")
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void an_admin_creates_an_operator_an_assessor_and_an_admin_with_hashed_passwords() throws Exception {
        create(account("op-api-5103", STRONG, "OPERATOR", "51.03", null))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/users/op-api-5103"))
                .andExpect(jsonPath("$.role").value("OPERATOR"))
                .andExpect(jsonPath("$.regionCode").value("51.03"))
                .andExpect(jsonPath("$.password").doesNotExist());
        create(account("asr-api-1", STRONG, "ASSESSOR", null, "Institut Teknologi Bandung"))
                .andExpect(status().isCreated());
        create(account("adm-api-2", STRONG, "ADMIN", null, null)).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/users").with(admin()))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.username == 'asr-api-1')].affiliation").value("Institut Teknologi Bandung"));
        String hash = jdbc.sql("select password_hash from app_user where username = 'op-api-5103'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(STRONG);
    }

    @Test
    void weak_common_and_personal_passwords_are_refused() throws Exception {
        for (String[] weak : new String[][] {
            {"pendek1", "password.tooShort"},
            {"password123", "password.weak"},
            {"qwertyuiop", "password.weak"},
            {"kotacerdas2024", "password.weak"},
            {"op-weak-5103-Tahun!", "password.personal"}
        }) {
            create(account("op-weak-5103", weak[0], "OPERATOR", "51.03", null))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value(weak[1]))
                    .andExpect(jsonPath("$.field").value("password"));
        }
        mvc.perform(get("/api/v1/users/op-weak-5103").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void incomplete_or_duplicate_accounts_are_refused() throws Exception {
        create(account("op-noregion", STRONG, "OPERATOR", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("regionCode"));
        create(account("op-badregion", STRONG, "OPERATOR", "99.99", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("region.notFound"));
        create(account("asr-noaff", STRONG, "ASSESSOR", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("affiliation"));
        create(account("Bad Name", STRONG, "OPERATOR", "51.03", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("username"));
        create(account("op-dup-5103", STRONG, "OPERATOR", "51.03", null)).andExpect(status().isCreated());
        create(account("op-dup-5103", STRONG, "OPERATOR", "51.03", null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("user.exists"));
    }

    @Test
    void only_admins_manage_accounts() throws Exception {
        create(account("op-rights-5103", STRONG, "OPERATOR", "51.03", null)).andExpect(status().isCreated());
        String body = account("op-rights-2", STRONG, "OPERATOR", "51.03", null);
        mvc.perform(post("/api/v1/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/users")
                        .with(httpBasic("op-rights-5103", STRONG))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").with(httpBasic("op-rights-5103", STRONG)))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/v1/users/admin")
                        .with(httpBasic("op-rights-5103", STRONG))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users/me").with(httpBasic("op-rights-5103", STRONG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode").value("51.03"));
    }

    @Test
    void a_user_changes_their_own_password() throws Exception {
        create(account("op-pw-5103", STRONG, "OPERATOR", "51.03", null)).andExpect(status().isCreated());
        String renewed = "Lumbung-padi-Jatiluwih-77";
        changePassword("op-pw-5103", STRONG, "salah-sekali-bukan-ini", renewed)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("currentPassword"));
        changePassword("op-pw-5103", STRONG, STRONG, "password123")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password.weak"));
        changePassword("op-pw-5103", STRONG, STRONG, renewed).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/users/me").with(httpBasic("op-pw-5103", STRONG)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/users/me").with(httpBasic("op-pw-5103", renewed)))
                .andExpect(status().isOk());
    }

    @Test
    void an_admin_cannot_disable_their_own_account() throws Exception {
        mvc.perform(patch("/api/v1/users/admin")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("user.disableSelf"));
    }

    private ResultActions changePassword(String user, String password, String current, String renewed)
            throws Exception {
        return mvc.perform(put("/api/v1/users/me/password")
                .with(httpBasic(user, password))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(current, renewed)));
    }
}
