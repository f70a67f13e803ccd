package id.kotacerdas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The own-account page of API tokens: a new token is shown once, the list never shows it, revoking works. */
@IntegrationTest
class OwnTokensPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @Test
    void a_token_created_on_the_page_is_shown_once_and_can_be_revoked() throws Exception {
        accounts.create(
                new NewAccount("op-tokpage-5103", AccountsApiTest.STRONG, "Made Operator", "OPERATOR", "51.03", null));

        String created = (mvc.perform(post("/akun/token")
                        .with(operator())
                        .with(csrf())
                        .param("name", "skrip-bulanan")
                        .param("scope", "READ_WRITE")
                        .param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        Matcher issued = Pattern.compile("id=\"issued-token\">([^<]+)<").matcher(created);
        assertThat(issued.find()).isTrue();
        String token = issued.group(1).strip();
        assertThat(token).startsWith(ManageApiTokens.PREFIX);
        assertThat(created).contains("id=\"token-skrip-bulanan\"");

        String list = mvc.perform(get("/akun/token").with(operator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("skrip-bulanan").doesNotContain(token);

        mvc.perform(post("/akun/token/skrip-bulanan/cabut").with(operator()).with(csrf()))
                .andExpect(redirectedUrl("/akun/token"));
        String after = mvc.perform(get("/akun/token").with(operator()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).doesNotContain("id=\"token-skrip-bulanan\"");
    }

    @Test
    void a_refused_name_is_shown_next_to_the_field() throws Exception {
        accounts.create(
                new NewAccount("op-tokbad-5103", AccountsApiTest.STRONG, "Made Operator", "OPERATOR", "51.03", null));
        String page = mvc.perform(post("/akun/token")
                        .with(user("op-tokbad-5103").roles("OPERATOR"))
                        .with(csrf())
                        .param("name", "Nama Salah!")
                        .param("scope", "READ_ONLY")
                        .param("days", "30"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("id=\"issued-token\"");
    }

    private static RequestPostProcessor operator() {
        return user("op-tokpage-5103").roles("OPERATOR");
    }
}
