package id.kotacerdas.web;

import static id.kotacerdas.web.Pages.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who may open which page: admin pages need an administrator, results and login are public. */
@IntegrationTest
class AccessToPagesTest {

    private static final int NEVER_CREATED = TestYears.ACCESS_TO_PAGES_NEVER_CREATED;

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin/periode",
                "/admin/periode/2024",
                "/admin/periode/2024/peserta",
                "/admin/periode/2024/impor",
                "/admin/wilayah"
            })
    void an_anonymous_visitor_of_an_admin_page_is_sent_to_the_login_page(String page) throws Exception {
        mvc.perform(get(page))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/masuk")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin/periode",
                "/admin/periode/2024",
                "/admin/periode/2024/peserta",
                "/admin/periode/2024/impor",
                "/admin/wilayah"
            })
    void an_operator_may_not_open_an_admin_page(String page) throws Exception {
        mvc.perform(get(page).with(user("op").roles("OPERATOR"))).andExpect(status().isForbidden());
    }

    @Test
    void an_operator_may_not_post_to_an_admin_page_either() throws Exception {
        mvc.perform(post("/admin/periode")
                        .param("year", String.valueOf(NEVER_CREATED))
                        .param("copyFrom", "2024")
                        .with(user("op").roles("OPERATOR"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/periode/" + NEVER_CREATED).with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_even_for_the_administrator() throws Exception {
        mvc.perform(post("/admin/periode")
                        .param("year", String.valueOf(NEVER_CREATED))
                        .param("copyFrom", "2024")
                        .with(admin()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/periode/" + NEVER_CREATED).with(admin())).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/hasil/2024", "/tentang", "/masuk"})
    void public_pages_open_without_logging_in(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isOk());
    }

    @Test
    void the_administrator_logs_in_through_the_login_form() throws Exception {
        mvc.perform(formLogin("/masuk").user(TestAccounts.ADMIN).password(TestAccounts.ADMIN_PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin"))
                .andExpect(authenticated().withUsername(TestAccounts.ADMIN).withRoles("ADMIN"));
    }

    @Test
    void a_wrong_password_sends_back_to_the_login_page_with_an_error() throws Exception {
        mvc.perform(formLogin("/masuk").user(TestAccounts.ADMIN).password("not-the-password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/masuk?error"))
                .andExpect(unauthenticated());

        mvc.perform(get("/masuk").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nama pengguna atau kata sandi salah.")));
    }
}
