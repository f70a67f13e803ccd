package id.kotacerdas.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An account whose password an administrator chose changes it before anything else (API: 403
 * {@code account.passwordChangeRequired}; pages: to the change form); a password change ends the account's other
 * sessions.
 */
@IntegrationTest
class PasswordChangeRequiredTest {

    static final String RENEWED = "Lumbung-padi-Jatiluwih-77";

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @Test
    void an_account_an_administrator_created_changes_its_password_before_using_the_api() throws Exception {
        createdByAdmin("op-first-api-5103");

        mvc.perform(get("/api/v1/users/me/tokens").with(httpBasic("op-first-api-5103", AccountsApiTest.STRONG)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("account.passwordChangeRequired"));
        mvc.perform(get("/api/v1/users/me").with(httpBasic("op-first-api-5103", AccountsApiTest.STRONG)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/me/password")
                        .with(httpBasic("op-first-api-5103", AccountsApiTest.STRONG))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}"
                                .formatted(AccountsApiTest.STRONG, RENEWED)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/users/me/tokens").with(httpBasic("op-first-api-5103", RENEWED)))
                .andExpect(status().isOk());
    }

    @Test
    void the_pages_lead_to_the_password_form_until_it_is_changed() throws Exception {
        createdByAdmin("op-first-page-5103");
        Cookie session = mvc.perform(post("/masuk")
                        .with(csrf())
                        .param("username", "op-first-page-5103")
                        .param("password", AccountsApiTest.STRONG))
                .andExpect(redirectedUrl("/akun"))
                .andReturn()
                .getResponse()
                .getCookie(SessionsAndThrottlingTest.SESSION);
        mvc.perform(get("/akun/token").cookie(session)).andExpect(redirectedUrl("/akun"));
        mvc.perform(get("/akun").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/akun/kata-sandi")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", AccountsApiTest.STRONG)
                        .param("password", RENEWED))
                .andExpect(redirectedUrl("/akun"));

        mvc.perform(get("/akun/token").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void a_password_change_ends_the_accounts_other_sessions() throws Exception {
        accounts.create(
                new NewAccount("op-two-5103", AccountsApiTest.STRONG, "Made Operator", "OPERATOR", "51.03", null));
        Cookie here = signIn("op-two-5103");
        Cookie elsewhere = signIn("op-two-5103");

        mvc.perform(post("/akun/kata-sandi")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", AccountsApiTest.STRONG)
                        .param("password", RENEWED))
                .andExpect(redirectedUrl("/akun"));

        mvc.perform(get("/akun").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/akun").cookie(elsewhere)).andExpect(redirectedUrl("/masuk?expired"));
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(post("/masuk")
                        .with(csrf())
                        .param("username", username)
                        .param("password", AccountsApiTest.STRONG))
                .andExpect(redirectedUrl("/wilayah"))
                .andReturn()
                .getResponse()
                .getCookie(SessionsAndThrottlingTest.SESSION);
    }

    private void createdByAdmin(String username) throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(AccountsApiTest.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AccountsApiTest.account(username, AccountsApiTest.STRONG, "OPERATOR", "51.03", null)))
                .andExpect(status().isCreated());
    }
}
