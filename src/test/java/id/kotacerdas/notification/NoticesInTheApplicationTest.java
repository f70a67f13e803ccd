package id.kotacerdas.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.security.UserAccount;
import id.kotacerdas.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application as it runs without a mail server (the shared test context sets no {@code spring.mail.host}):
 * notices are kept as UI_ONLY and shown on the account's Pemberitahuan page, which says so; nothing is sent. An
 * account's e-mail address and language are set by itself and by administrators, and checked.
 */
@IntegrationTest
class NoticesInTheApplicationTest {

    private static final String PASSWORD = "Danau-Batur-berkabut-1983!";

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @Test
    void without_a_mail_server_a_notice_is_shown_in_the_application_only(
            @Autowired Outbox outbox,
            @Autowired DispatchNotices dispatch,
            @Autowired PlatformTransactionManager transactions)
            throws Exception {
        UserAccount assessor = accounts.create(new NewAccount(
                "asr-nu-1", PASSWORD, "Putu Asesor", "ASSESSOR", null, "Unud", "asr-nu-1@unud.test", "id"));
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> outbox.write(
                        assessor,
                        new Outbox.Draft(
                                NoticeKind.PANEL_ASSIGNED,
                                null,
                                null,
                                List.of("2024", "Kabupaten Badung"),
                                Map.of("year", "2024", "region", "Kabupaten Badung", "link", "/penilaian"),
                                null)));

        assertThat(dispatch.dispatchDue(Instant.now())).isZero();
        mvc.perform(get("/api/v1/users/me/notices").with(user("asr-nu-1").roles("ASSESSOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("UI_ONLY"))
                .andExpect(jsonPath("$[0].email").doesNotExist())
                .andExpect(jsonPath("$[0].subject").value("Penugasan asesor Kota Cerdas 2024: Kabupaten Badung"))
                .andExpect(jsonPath("$[0].body").value(containsString("Yth. Putu Asesor,")));
        mvc.perform(get("/pemberitahuan").with(user("asr-nu-1").roles("ASSESSOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notices-ui-only\"")))
                .andExpect(content().string(containsString("Penugasan asesor Kota Cerdas 2024: Kabupaten Badung")))
                .andExpect(content().string(containsString("id=\"preference-RECONCILIATION_WAITING\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("preference-DEADLINE_REMINDER"))));
        mvc.perform(get("/admin/pemberitahuan")
                        .param("kind", "PANEL_ASSIGNED")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hanya di aplikasi")));
    }

    @Test
    void an_account_sets_its_address_and_language_and_a_malformed_address_is_refused() throws Exception {
        accounts.create(new NewAccount("op-nu-5104", PASSWORD, "Komang Operator", "OPERATOR", "51.04", null));
        mvc.perform(put("/api/v1/users/me/contact")
                        .with(user("op-nu-5104").roles("OPERATOR"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"komang at gianyar\",\"language\":\"en\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("user.email.invalid"))
                .andExpect(jsonPath("$.field").value("email"));
        mvc.perform(put("/api/v1/users/me/contact")
                        .with(user("op-nu-5104").roles("OPERATOR"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"komang@gianyar.test\",\"language\":\"fr\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("user.language.invalid"));
        mvc.perform(put("/api/v1/users/me/contact")
                        .with(user("op-nu-5104").roles("OPERATOR"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\" komang@gianyar.test \",\"language\":\"en\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("komang@gianyar.test"))
                .andExpect(jsonPath("$.language").value("en"));

        mvc.perform(post("/akun/kontak")
                        .with(user("op-nu-5104").roles("OPERATOR"))
                        .with(csrf())
                        .param("email", "komang@")
                        .param("language", "id"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-email\"")))
                .andExpect(content().string(containsString("Bukan alamat e-mail yang sah: komang@")));
        mvc.perform(post("/admin/pengguna/op-nu-5104/kontak")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("email", "")
                        .param("language", "id"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.get("op-nu-5104").email())
                .as("removed by an administrator")
                .isNull();
        assertThat(accounts.get("op-nu-5104").language()).isEqualTo("id");
    }
}
