package id.kotacerdas.web;

import static id.kotacerdas.web.Pages.admin;
import static id.kotacerdas.web.Pages.html;
import static id.kotacerdas.web.Pages.submit;
import static id.kotacerdas.web.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators manage accounts on a page; everyone changes their own password on theirs. */
@IntegrationTest
class AccountPagesTest {

    private static final String STRONG = "Pura-Tanah-Lot-senja-1999";

    @Autowired
    MockMvc mvc;

    @Test
    void an_admin_creates_an_operator_and_sees_a_weak_password_refused_next_to_the_field() throws Exception {
        String refused =
                html(mvc.perform(newOperator("op-page-5103", "password123")).andExpect(status().isBadRequest()));
        assertThat(textOf(refused, "error-password")).contains("terlalu mudah ditebak");
        assertThat(refused).contains("value=\"op-page-5103\"");

        mvc.perform(newOperator("op-page-5103", STRONG)).andExpect(redirectedUrl("/admin/pengguna"));
        String list = html(mvc.perform(get("/admin/pengguna").with(admin())).andExpect(status().isOk()));
        assertThat(textOf(list, "account-op-page-5103"))
                .contains("Operator wilayah")
                .contains("51.03");

        mvc.perform(submit("/admin/pengguna/op-page-5103/status").param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/pengguna"));
        String after = html(mvc.perform(get("/admin/pengguna").with(admin())));
        assertThat(textOf(after, "account-op-page-5103")).contains("nonaktif");
    }

    @Test
    void an_operator_may_not_open_the_accounts_page() throws Exception {
        mvc.perform(get("/admin/pengguna").with(user("op").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/pengguna")).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_wrong_current_password_is_shown_next_to_its_field() throws Exception {
        mvc.perform(newOperator("op-own-5103", STRONG)).andExpect(redirectedUrl("/admin/pengguna"));
        String page = html(mvc.perform(post("/akun/kata-sandi")
                        .with(user("op-own-5103").roles("OPERATOR"))
                        .with(csrf())
                        .param("currentPassword", "bukan-kata-sandinya")
                        .param("password", "Jalak-Bali-terbang-tinggi-8"))
                .andExpect(status().isBadRequest()));
        assertThat(textOf(page, "error-currentPassword")).isEqualTo("Kata sandi saat ini salah.");

        mvc.perform(post("/akun/kata-sandi")
                        .with(user("op-own-5103").roles("OPERATOR"))
                        .with(csrf())
                        .param("currentPassword", STRONG)
                        .param("password", "Jalak-Bali-terbang-tinggi-8"))
                .andExpect(redirectedUrl("/akun"));
    }

    private static MockHttpServletRequestBuilder newOperator(String username, String password) {
        return submit("/admin/pengguna")
                .param("username", username)
                .param("fullName", "Ketut Operator")
                .param("role", "OPERATOR")
                .param("regionCode", "51.03")
                .param("affiliation", "")
                .param("password", password);
    }
}
