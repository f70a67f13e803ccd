package id.kotacerdas.web;

import static id.kotacerdas.web.Pages.html;
import static id.kotacerdas.web.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An assessor writes signed findings on the scoring page; another assessor cannot write for the region. */
@IntegrationTest
class FindingsPageTest {

    private static final int YEAR = TestYears.FINDINGS_PAGE;

    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";

    @Autowired
    MockMvc mvc;

    @Test
    void an_assessor_adds_a_signed_finding_and_an_empty_one_is_refused_with_a_message(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired ManageAccounts accounts,
            @Autowired AssignPanel panels)
            throws Exception {
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, "51.03", "REGULER", "test");
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        move.transition(YEAR, "ASSESSMENT", "test", "test");
        accounts.create(
                new NewAccount("asr-pg-f1", PASSWORD, "Dr. Wulan Sari", "ASSESSOR", null, "Universitas Udayana"));
        accounts.create(new NewAccount("asr-pg-f2", PASSWORD, "Eko Prasetyo", "ASSESSOR", null, "ITS"));
        panels.assign(YEAR, "51.03", List.of("asr-pg-f1"), TestActors.admin());

        mvc.perform(post("/penilaian/" + YEAR + "/51.03/temuan")
                        .with(user("asr-pg-f1").roles("ASSESSOR"))
                        .with(csrf())
                        .param("kind", "KEKUATAN")
                        .param("text", "Forum smart city melibatkan warga"))
                .andExpect(redirectedUrl("/penilaian/" + YEAR + "/51.03#findings"));
        mvc.perform(post("/penilaian/" + YEAR + "/51.03/temuan")
                        .with(user("asr-pg-f1").roles("ASSESSOR"))
                        .with(csrf())
                        .param("kind", "KELEMAHAN")
                        .param("text", " "))
                .andExpect(flash().attribute("findingError", "Temuan wajib berisi teks, maksimal 4.000 karakter."));
        String page = html(mvc.perform(get("/penilaian/" + YEAR + "/51.03")
                        .with(user("asr-pg-f1").roles("ASSESSOR")))
                .andExpect(status().isOk()));
        assertThat(textOf(page, "findings-KEKUATAN"))
                .contains("Forum smart city melibatkan warga")
                .contains("Dr. Wulan Sari, Universitas Udayana");

        mvc.perform(post("/penilaian/" + YEAR + "/51.03/temuan")
                        .with(user("asr-pg-f2").roles("ASSESSOR"))
                        .with(csrf())
                        .param("kind", "KEKUATAN")
                        .param("text", "bukan panel saya"))
                .andExpect(status().isForbidden());
    }
}
