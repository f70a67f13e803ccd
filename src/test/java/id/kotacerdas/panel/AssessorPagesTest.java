package id.kotacerdas.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.assessment.AnswerQuestions;
import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.EvidenceFiles;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The assessor scores a region on its page, blind until they submit; others may not open it; the
 * administrator sets the panel on its page and sees refusals next to the field.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessorPagesTest {

    private static final int YEAR = TestYears.ASSESSOR_PAGES;
    private static final String PAGE = "/penilaian/" + YEAR + "/51.03";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final String SECRET = "catatan-pg2-rahasia";

    @Autowired
    MockMvc mvc;

    @Autowired
    ScoreQuestions scoring;

    @BeforeAll
    void openAssessment(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired ManageAccounts accounts,
            @Autowired AnswerQuestions answers,
            @Autowired EvidenceFiles evidence,
            @Autowired AssignPanel panels) {
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, "51.03", "REGULER", "test");
        participants.set(YEAR, "51.71", "REGULER", "test");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        move.schedule(YEAR, today.minusDays(1), today.plusDays(10), "test");
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        accounts.create(new NewAccount("op-pg-5103", PASSWORD, "Wayan Operator", "OPERATOR", "51.03", null));
        for (String assessor : List.of("asr-pg1", "asr-pg2", "asr-pg3", "asr-pg4")) {
            accounts.create(
                    new NewAccount(assessor, PASSWORD, "Made Penilai", "ASSESSOR", null, "Universitas Udayana"));
        }
        answers.answer(
                YEAR,
                "51.03",
                1,
                3,
                "Perbup masterplan kota cerdas terlampir",
                null,
                TestActors.operator("op-pg-5103", "51.03"));
        evidence.upload(YEAR, "51.03", 1, "perbup-masterplan.pdf", pdf(), TestActors.operator("op-pg-5103", "51.03"));
        move.transition(YEAR, "ASSESSMENT", "test", "test");
        panels.assign(YEAR, "51.03", List.of("asr-pg1", "asr-pg2"), TestActors.admin());
    }

    @Test
    void the_assessor_scores_blind_submits_and_then_sees_the_panel() throws Exception {
        String page = html(mvc.perform(get(PAGE).with(assessor("asr-pg1"))).andExpect(status().isOk()));
        assertThat(count(page, "class=\"score-form\"")).isEqualTo(115);
        assertThat(textOf(page, "proposed-1")).isEqualTo("Level usulan wilayah: 3");
        assertThat(textOf(page, "justification-1")).isEqualTo("Perbup masterplan kota cerdas terlampir");
        assertThat(textOf(page, "evidence-1")).contains("perbup-masterplan.pdf");
        assertThat(page).contains("/api/v1/periods/" + YEAR + "/regions/51.03/evidence/");
        assertThat(textOf(page, "proposed-2")).isEqualTo("Wilayah belum menjawab pertanyaan ini.");
        assertThat(page).contains("hx-trigger=\"change delay:300ms\"").contains("id=\"blind-note\"");
        assertThat(page).doesNotContain("id=\"reconciliation\"");

        String fragment = html(mvc.perform(score(1, "3", "catatan-pg1").header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(textOf(fragment, "saved-1")).isEqualTo("Skor tersimpan (versi 1)");
        assertThat(fragment).startsWith("<form").contains("id=\"score-1\"");
        mvc.perform(score(2, "2", "")).andExpect(redirectedUrl(PAGE + "#q2"));
        String refused = html(mvc.perform(score(3, "7", "")).andExpect(status().isBadRequest()));
        assertThat(textOf(refused, "error-score-3")).isEqualTo("Skor harus 1, 2, 3, atau 4.");
        assertThat(count(refused, "id=\"error-score-")).isEqualTo(1);

        // the other assessor scores everything, with a note asr-pg1 must not see before submitting
        for (int no = 1; no <= 115; no++) {
            scoring.score(
                    YEAR, "51.03", no, no == 5 ? 1 : 3, no == 1 ? SECRET : "", null, TestActors.assessor("asr-pg2"));
        }
        String blind = html(mvc.perform(get(PAGE).with(assessor("asr-pg1"))));
        assertThat(blind).doesNotContain(SECRET).doesNotContain("id=\"others-1\"");
        assertThat(textOf(blind, "my-progress")).contains("2 dari 115");

        String early =
                html(mvc.perform(post(PAGE + "/kirim").with(assessor("asr-pg1")).with(csrf()))
                        .andExpect(status().isConflict()));
        assertThat(textOf(early, "error-form")).contains("113 pertanyaan belum diberi skor");
        assertThat(early).doesNotContain("id=\"error-score-");

        for (int no = 3; no <= 115; no++) {
            scoring.score(YEAR, "51.03", no, no == 5 ? 4 : 3, "", null, TestActors.assessor("asr-pg1"));
        }
        mvc.perform(post(PAGE + "/kirim").with(assessor("asr-pg1")).with(csrf()))
                .andExpect(redirectedUrl(PAGE));

        String open = html(mvc.perform(get(PAGE).with(assessor("asr-pg1"))).andExpect(status().isOk()));
        assertThat(textOf(open, "others-1")).contains("asr-pg2: 3").contains(SECRET);
        assertThat(textOf(open, "reconciliation-queue")).isEqualTo("Pertanyaan 5");
        assertThat(open).contains("id=\"submitted-note\"").contains("id=\"reason-5\"");
        // outside the reconciliation queue a question is locked on the page (and refused by the server)
        assertThat(textOf(open, "locked-1")).startsWith("Terkunci");
        assertThat(open).doesNotContain("id=\"reason-1\"").doesNotContain("id=\"locked-5\"");
        assertThat(open).doesNotContain("id=\"submit-scores\"").doesNotContain("id=\"blind-note\"");

        // question 1 (3 and 3) is not in the reconciliation queue: it no longer changes, even with a reason
        String notQueued = html(mvc.perform(score(1, "2", "")
                        .param("reason", "Bukti SK ditemukan saat wawancara")
                        .header("HX-Request", "true"))
                .andExpect(status().isConflict()));
        assertThat(textOf(notQueued, "error-score-1")).contains("hanya pertanyaan dalam antrean rekonsiliasi");
        String noReason =
                html(mvc.perform(score(5, "2", "").header("HX-Request", "true")).andExpect(status().isBadRequest()));
        assertThat(textOf(noReason, "error-score-5"))
                .isEqualTo("Skor yang sudah dikirim hanya dapat diubah dengan alasan.");
        String revised = html(mvc.perform(score(5, "2", "")
                        .param("reason", "Bukti SK ditemukan saat wawancara")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()));
        assertThat(textOf(revised, "saved-5")).isEqualTo("Skor tersimpan (versi 2)");

        // the other assessor, not yet submitted, still sees only their own
        String stillBlind =
                html(mvc.perform(get(PAGE).with(assessor("asr-pg2"))).andExpect(status().isOk()));
        assertThat(stillBlind).doesNotContain("id=\"others-1\"").doesNotContain("catatan-pg1");

        // asr-pg1 has scores, so the administrator cannot take them off the panel
        String kept = html(mvc.perform(post("/admin/periode/" + YEAR + "/panel/51.03")
                        .with(admin())
                        .with(csrf())
                        .param("assessors", "asr-pg2"))
                .andExpect(status().isConflict()));
        assertThat(textOf(kept, "error-assessors")).contains("asr-pg1 sudah memberi skor");
    }

    @Test
    void only_the_panel_may_open_the_scoring_page() throws Exception {
        mvc.perform(get(PAGE).with(assessor("asr-pg3"))).andExpect(status().isForbidden());
        mvc.perform(score(4, "3", "").with(assessor("asr-pg3"))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(user("op-pg-5103").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/masuk"));
        mvc.perform(get("/penilaian")).andExpect(redirectedUrl("/masuk"));

        String mine =
                html(mvc.perform(get("/penilaian").with(assessor("asr-pg1"))).andExpect(status().isOk()));
        assertThat(textOf(mine, "my-panels")).contains("Periode " + YEAR).contains("Kabupaten Badung");
        assertThat(mine).contains("href=\"/penilaian/" + YEAR + "/51.03\"");
        String none =
                html(mvc.perform(get("/penilaian").with(assessor("asr-pg3"))).andExpect(status().isOk()));
        assertThat(none).contains("id=\"no-panels\"").doesNotContain("/penilaian/" + YEAR + "/");

        String adminView = html(mvc.perform(get(PAGE).with(admin())).andExpect(status().isOk()));
        assertThat(adminView).doesNotContain("class=\"score-form\"").contains("id=\"reconciliation\"");
    }

    @Test
    void the_administrator_sets_the_panel_and_sees_refusals_next_to_the_field() throws Exception {
        String panel = "/admin/periode/" + YEAR + "/panel/51.71";
        String empty = html(mvc.perform(get(panel).with(admin())).andExpect(status().isOk()));
        assertThat(empty).contains("id=\"no-members\"").contains("id=\"assessor-asr-pg4\"");
        assertThat(empty).doesNotContain("id=\"assessor-op-pg-5103\"");

        mvc.perform(post(panel).with(admin()).with(csrf()).param("assessors", "asr-pg4"))
                .andExpect(redirectedUrl(panel));
        String set = html(mvc.perform(get(panel).with(admin())).andExpect(status().isOk()));
        assertThat(textOf(set, "panel-members")).isEqualTo("asr-pg4");
        assertThat(set).containsPattern("id=\"assessor-asr-pg4\"[^>]*checked");

        String refused = html(mvc.perform(post(panel)
                        .with(admin())
                        .with(csrf())
                        .param("assessors", "asr-pg4")
                        .param("usernames", "asr-pg3, op-pg-5103"))
                .andExpect(status().isBadRequest()));
        assertThat(textOf(refused, "error-assessors")).isEqualTo("op-pg-5103 bukan akun asesor yang aktif.");
        assertThat(refused).contains("value=\"asr-pg3, op-pg-5103\"");
        assertThat(textOf(refused, "panel-members")).isEqualTo("asr-pg4");

        mvc.perform(post(panel).with(admin()).with(csrf()).param("usernames", "asr-pg3 asr-pg4"))
                .andExpect(redirectedUrl(panel));
        assertThat(textOf(html(mvc.perform(get(panel).with(admin()))), "panel-members"))
                .isEqualTo("asr-pg3 asr-pg4");
        mvc.perform(post(panel).with(admin()).with(csrf()).param("assessors", "asr-pg4"))
                .andExpect(redirectedUrl(panel));

        mvc.perform(get(panel).with(user("op-pg-5103").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(post(panel).with(assessor("asr-pg4")).with(csrf()).param("assessors", "asr-pg4"))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder score(int no, String value, String note) {
        return post(PAGE + "/skor/" + no)
                .with(assessor("asr-pg1"))
                .with(csrf())
                .param("score", value)
                .param("note", note);
    }

    private static RequestPostProcessor assessor(String username) {
        return user(username).roles("ASSESSOR");
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static int count(String html, String needle) {
        return (int)
                Pattern.compile(Pattern.quote(needle)).matcher(html).results().count();
    }

    /** The text inside the element with this id, tags removed; fails if there is no such element. */
    private static String textOf(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no element with id " + id + " in the page");
        }
        return m.group(2).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }
}
