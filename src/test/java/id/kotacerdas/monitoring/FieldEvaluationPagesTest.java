package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The ministry plans and records Kota Surakarta's first-semester field evaluation of 2022 on its pages: a refused
 * form is shown again as typed with the message next to its field, the evaluation and a follow-up are saved, and
 * the ministry's monitoring page counts it. Surakarta's operator sees it on the region's masterplans page and
 * updates the follow-up's status; another region's operator sees none of it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldEvaluationPagesTest {

    private static final String SURAKARTA = "33.72";
    private static final String OPERATOR = "op-fieldpages-3372";
    private static final String OTHER = "op-fieldpages-3375";
    private static final String PASSWORD = "Solo-Tinjau-Lapangan-2022!";
    private static final String ADMIN_PAGE = "/admin/tinjauan-lapangan";
    private static final String EVALUATION = ADMIN_PAGE + "/" + SURAKARTA + "/2022/1";
    private static final String REGION_PAGE = "/wilayah/" + SURAKARTA + "/masterplan";

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void surakartasEvaluationRecordedOnThePages(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Surakarta", "OPERATOR", SURAKARTA, null));
        accounts.create(new NewAccount(OTHER, PASSWORD, "Operator Pekalongan", "OPERATOR", "33.75", null));

        // held, but its findings forgotten: shown again as typed, the message next to the notes
        String refused =
                html(mvc.perform(evaluationForm(ADMIN_PAGE).param("notes", "")).andExpect(status().isBadRequest()));
        assertThat(refused)
                .contains("id=\"error-notes\"")
                .contains("Tinjauan yang sudah dilaksanakan wajib mencatat temuannya.")
                .contains("value=\"Prof. Djunaidi, M.Sc.\"")
                .contains("value=\"2022-06-09\"")
                .contains("Balitbangda");
        // no team: the message next to the team
        String noTeam = html(mvc.perform(post(ADMIN_PAGE)
                        .with(admin())
                        .with(csrf())
                        .param("code", SURAKARTA)
                        .param("year", "2022")
                        .param("semester", "1")
                        .param("plannedOn", "2022-06-08")
                        .param("teamName", "", "")
                        .param("stakeholders", "Bappeda"))
                .andExpect(status().isBadRequest()));
        assertThat(noTeam).contains("id=\"error-team\"").contains("Tim wajib diisi");
        mvc.perform(get(EVALUATION).with(admin())).andExpect(status().isNotFound());

        mvc.perform(evaluationForm(ADMIN_PAGE)
                        .param("notes", "Satu Data Surakarta berjalan; aplikasi layanan belum terintegrasi."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(EVALUATION));
    }

    @Test
    void the_ministry_sees_the_evaluation_it_recorded_and_adds_a_follow_up() throws Exception {
        String page = html(mvc.perform(get(EVALUATION).with(admin())).andExpect(status().isOk()));
        assertThat(page)
                .contains("Kota Surakarta")
                .contains("value=\"Prof. Djunaidi, M.Sc.\"") // one row, not split at its comma
                .contains("value=\"Universitas Gadjah Mada\"")
                .contains("Satu Data Surakarta berjalan")
                .contains("id=\"follow-up-form\"");

        String refused = html(mvc.perform(post(EVALUATION + "/tindak-lanjut")
                        .with(admin())
                        .with(csrf())
                        .param("action", "Integrasikan aplikasi layanan ke satu portal")
                        .param("agency", "Diskominfo")
                        .param("dueOn", "2022-01-31"))
                .andExpect(status().isBadRequest()));
        assertThat(refused)
                .contains("id=\"error-dueOn\"")
                .contains("Tenggat tidak boleh sebelum tinjauan dilaksanakan")
                .contains("value=\"Integrasikan aplikasi layanan ke satu portal\"")
                // the evaluation itself is shown as saved
                .contains("Satu Data Surakarta berjalan");
        mvc.perform(post(EVALUATION + "/tindak-lanjut")
                        .with(admin())
                        .with(csrf())
                        .param("action", "Integrasikan aplikasi layanan ke satu portal")
                        .param("agency", "Diskominfo")
                        .param("dueOn", "2022-12-31"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(mvc.perform(get(EVALUATION).with(admin()))))
                .contains("id=\"follow-up-1\"")
                .contains("Integrasikan aplikasi layanan ke satu portal");

        // a change made from the edit page's form: refused, then kept as typed
        String changed = html(mvc.perform(evaluationForm(EVALUATION)
                        .param("notes", "Catatan yang diperbaiki")
                        .param("heldUntil", "2022-06-01"))
                .andExpect(status().isBadRequest()));
        assertThat(changed)
                .contains("id=\"error-heldUntil\"")
                .contains("Catatan yang diperbaiki")
                .contains("id=\"follow-up-1\"");
    }

    @Test
    void the_ministrys_monitoring_page_counts_the_semesters_evaluations_and_links_to_them() throws Exception {
        String national = html(
                mvc.perform(get("/admin/masterplan?tahun=2022").with(admin())).andExpect(status().isOk()));
        assertThat(national)
                .contains("id=\"national-field-evaluations\"")
                .contains("href=\"/admin/tinjauan-lapangan?tahun=2022\"")
                .contains("href=\"" + EVALUATION + "\"");
        String list =
                html(mvc.perform(get(ADMIN_PAGE + "?tahun=2022").with(admin())).andExpect(status().isOk()));
        assertThat(list)
                .contains("id=\"field-evaluation-" + SURAKARTA + "-1\"")
                .contains("Dilaksanakan")
                .contains("id=\"field-evaluation-form\"");
        assertThat(html(mvc.perform(get(ADMIN_PAGE + "?tahun=2022&lang=en").with(admin()))))
                .contains("Field evaluations 2022")
                .contains("Held");
    }

    @Test
    void the_regions_operator_reads_it_and_updates_a_follow_ups_status() throws Exception {
        mvc.perform(post(EVALUATION + "/tindak-lanjut")
                        .with(admin())
                        .with(csrf())
                        .param("action", "Anggarkan pelatihan literasi digital OPD")
                        .param("agency", "Bappeda")
                        .param("dueOn", "2022-11-30"))
                .andExpect(status().is3xxRedirection());
        String page = html(mvc.perform(get(REGION_PAGE).with(as(OPERATOR))).andExpect(status().isOk()));
        assertThat(page)
                .contains("id=\"field-evaluations\"")
                .contains("id=\"field-evaluation-2022-1\"")
                .contains("Atina Ratnaningtyas")
                .contains("Satu Data Surakarta berjalan")
                .contains("Anggarkan pelatihan literasi digital OPD");
        int no = page.contains("id=\"follow-up-2022-1-2\"") ? 2 : 1;
        String action = "/wilayah/" + SURAKARTA + "/tinjauan-lapangan/2022/1/tindak-lanjut/" + no;

        String refused = html(mvc.perform(post(action)
                        .with(as(OPERATOR))
                        .with(csrf())
                        .param("status", "SOMEDAY")
                        .param("note", "Pelatihan dijadwalkan Oktober"))
                .andExpect(status().isBadRequest()));
        assertThat(refused)
                .contains("id=\"error-status-2022-1-" + no + "\"")
                .contains("value=\"Pelatihan dijadwalkan Oktober\"");

        mvc.perform(post(action)
                        .with(as(OPERATOR))
                        .with(csrf())
                        .param("status", "IN_PROGRESS")
                        .param("note", "Pelatihan dijadwalkan Oktober"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(REGION_PAGE + "#field-evaluation-2022-1"));
        assertThat(html(mvc.perform(get(REGION_PAGE).with(as(OPERATOR)))))
                .contains("value=\"Pelatihan dijadwalkan Oktober\"")
                .contains("<option value=\"IN_PROGRESS\" selected=\"selected\">Sedang ditindaklanjuti</option>");
    }

    @Test
    void another_regions_operator_sees_none_of_it_and_no_operator_opens_the_ministrys_pages() throws Exception {
        mvc.perform(get(REGION_PAGE).with(as(OTHER))).andExpect(status().isForbidden());
        mvc.perform(post("/wilayah/" + SURAKARTA + "/tinjauan-lapangan/2022/1/tindak-lanjut/1")
                        .with(as(OTHER))
                        .with(csrf())
                        .param("status", "DONE"))
                .andExpect(status().isForbidden());
        mvc.perform(get(EVALUATION).with(as(OPERATOR))).andExpect(status().isForbidden());
        mvc.perform(evaluationForm(ADMIN_PAGE).with(as(OPERATOR)).param("notes", "x"))
                .andExpect(status().isForbidden());
        // the operator's own page does not offer the ministry's edit link
        assertThat(html(mvc.perform(get(REGION_PAGE).with(as(OPERATOR))))).doesNotContain("href=\"" + EVALUATION);
    }

    /** The first-semester evaluation of 2022 as the ministry types it, held on 9 June. */
    private MockHttpServletRequestBuilder evaluationForm(String path) {
        return post(path)
                .with(admin())
                .with(csrf())
                .param("code", SURAKARTA)
                .param("year", "2022")
                .param("semester", "1")
                .param("plannedOn", "2022-06-08")
                .param("heldOn", "2022-06-09")
                .param("place", "Balai Kota Surakarta")
                .param("teamName", "Atina Ratnaningtyas", "Prof. Djunaidi, M.Sc.", "")
                .param("teamAffiliation", "Ditjen Aptika Kemenkominfo", "Universitas Gadjah Mada", "")
                .param("teamRole", "Ketua tim", "Pendamping", "")
                .param("stakeholders", "Bappeda\r\nDiskominfo\r\n\r\nBalitbangda");
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private static RequestPostProcessor as(String username) {
        return user(username).roles("OPERATOR");
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
