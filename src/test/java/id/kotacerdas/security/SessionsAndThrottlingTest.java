package id.kotacerdas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in is throttled after repeated failures, rotates the session (kept in PostgreSQL), and disabling ends sessions. */
@IntegrationTest
class SessionsAndThrottlingTest {

    @Autowired
    MockMvc mvc;

    static final String SESSION = "SESSION";

    @Autowired
    ManageAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_api_call_with_basic_credentials_leaves_no_session_behind() throws Exception {
        var call = mvc.perform(get("/api/v1/users/me").with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(call.getRequest().getSession(false)).isNull();
    }

    @Test
    void five_wrong_passwords_block_even_the_right_one_for_a_while() throws Exception {
        operator("op-throttle-5103");
        for (int i = 0; i < LoginThrottle.PER_USER_AND_ADDRESS.failures(); i++) {
            mvc.perform(get("/api/v1/users/me").with(httpBasic("op-throttle-5103", "tebakan-salah-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/users/me").with(httpBasic("op-throttle-5103", AccountsApiTest.STRONG)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("security.throttled"));
        mvc.perform(post("/masuk")
                        .with(csrf())
                        .param("username", "op-throttle-5103")
                        .param("password", AccountsApiTest.STRONG))
                .andExpect(redirectedUrl("/masuk?throttled"));
    }

    @Test
    void signing_in_gives_a_new_session_id() throws Exception {
        operator("op-fixation-5103");
        Cookie before = mvc.perform(get("/masuk")).andReturn().getResponse().getCookie(SESSION);
        assertThat(before).as("the login page's session (for its CSRF token)").isNotNull();
        Cookie after = signIn("op-fixation-5103", before);
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void sessions_are_kept_in_postgresql_under_the_account_name() throws Exception {
        operator("op-stored-5103");
        signIn("op-stored-5103", null);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'op-stored-5103'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void disabling_an_account_ends_its_sessions_and_its_sign_in() throws Exception {
        operator("op-disabled-5103");
        Cookie session = signIn("op-disabled-5103", null);
        mvc.perform(get("/akun").cookie(session)).andExpect(status().isOk());
        Cookie apiSession = signIn("op-disabled-5103", null);
        mvc.perform(get("/api/v1/users/me").cookie(apiSession)).andExpect(status().isOk());

        mvc.perform(patch("/api/v1/users/op-disabled-5103")
                        .with(AccountsApiTest.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/api/v1/users/me").cookie(apiSession))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/akun").cookie(session)).andExpect(redirectedUrl("/masuk?expired"));
        mvc.perform(get("/api/v1/users/me").with(httpBasic("op-disabled-5103", AccountsApiTest.STRONG)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/masuk")
                        .with(csrf())
                        .param("username", "op-disabled-5103")
                        .param("password", AccountsApiTest.STRONG))
                .andExpect(redirectedUrl("/masuk?disabled"));
    }

    /** Signs in with the form; the session cookie it answers with. */
    private Cookie signIn(String username, Cookie session) throws Exception {
        var login = post("/masuk").with(csrf()).param("username", username).param("password", AccountsApiTest.STRONG);
        if (session != null) {
            login.cookie(session);
        }
        return mvc.perform(login)
                .andExpect(redirectedUrl("/wilayah"))
                .andReturn()
                .getResponse()
                .getCookie(SESSION);
    }

    private void operator(String username) {
        accounts.create(new NewAccount(username, AccountsApiTest.STRONG, "Made Operator", "OPERATOR", "51.03", null));
    }
}
