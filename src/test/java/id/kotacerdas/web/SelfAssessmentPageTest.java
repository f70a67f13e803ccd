package id.kotacerdas.web;

import static id.kotacerdas.web.Pages.html;
import static id.kotacerdas.web.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The operator fills the self-assessment on its page; others may not; admins read it. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfAssessmentPageTest {

    private static final int YEAR = TestYears.SELF_ASSESSMENT_PAGE;
    private static final String PAGE = "/wilayah/" + YEAR + "/51.03/penilaian-mandiri";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void openPeriod(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired ManageAccounts accounts) {
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, "51.03", "REGULER", "test");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        move.schedule(YEAR, today.minusDays(1), today.plusDays(10), "test");
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        accounts.create(new NewAccount("op-ui-5103", PASSWORD, "Wayan Operator", "OPERATOR", "51.03", null));
        accounts.create(new NewAccount("op-ui-5171", PASSWORD, "Nyoman Operator", "OPERATOR", "51.71", null));
    }

    @Test
    void the_operator_saves_answers_as_they_go_and_sees_refusals_next_to_the_question() throws Exception {
        String page = html(mvc.perform(get(PAGE).with(operator("op-ui-5103"))).andExpect(status().isOk()));
        assertThat(page).contains("id=\"answer-115\"");
        assertThat(textOf(page, "progress")).contains("0 dari 115");

        String fragment =
                html(mvc.perform(answer(4, "3").header("HX-Request", "true")).andExpect(status().isOk()));
        assertThat(textOf(fragment, "saved-4")).isEqualTo("Tersimpan (versi 1)");

        mvc.perform(answer(5, "2")).andExpect(redirectedUrl(PAGE + "#q5"));
        String refused = html(mvc.perform(answer(6, "7")).andExpect(status().isBadRequest()));
        assertThat(textOf(refused, "error-answer-6")).isEqualTo("Level harus 1, 2, 3, atau 4.");
        String refusedFragment =
                html(mvc.perform(answer(6, "7").header("HX-Request", "true")).andExpect(status().isBadRequest()));
        assertThat(refusedFragment).startsWith("<form");
        assertThat(textOf(refusedFragment, "error-answer-6")).isEqualTo("Level harus 1, 2, 3, atau 4.");

        String after = html(mvc.perform(get(PAGE).with(operator("op-ui-5103"))));
        assertThat(textOf(after, "progress")).contains("2 dari 115");
        assertThat(textOf(after, "progress-BASELINE")).contains("2/5");
        String saved = Pages.find(after, "(<form[^>]*id=\"answer-4\".*?</form>)");
        assertThat(saved)
                .as("a saved answer shows again on the page, with its version")
                .containsPattern("name=\"version\" value=\"1\"")
                .containsPattern("value=\"3\"[^>]*checked")
                .contains("Bukti terlampir");
    }

    @Test
    void submitting_with_unanswered_questions_lists_how_many() throws Exception {
        String refused = html(mvc.perform(post("/wilayah/" + YEAR + "/51.03/kirim")
                        .with(operator("op-ui-5103"))
                        .with(csrf()))
                .andExpect(status().isConflict()));
        assertThat(textOf(refused, "error-form")).contains("pertanyaan belum dijawab");
    }

    @Test
    void another_region_may_not_open_the_page_and_an_admin_reads_it_only() throws Exception {
        mvc.perform(get(PAGE).with(operator("op-ui-5171"))).andExpect(status().isForbidden());
        mvc.perform(answer(7, "4").with(operator("op-ui-5171"))).andExpect(status().isForbidden());
        String htmx =
                html(mvc.perform(answer(7, "4").with(operator("op-ui-5171")).header("HX-Request", "true"))
                        .andExpect(status().isForbidden()));
        assertThat(textOf(htmx, "problem"))
                .as("a refused access in an htmx fragment is a 403 with the message, never a saved-looking 200")
                .contains("tidak berhak");
        assertThat(htmx).doesNotContain("<nav");
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection());
        String admin = html(mvc.perform(get(PAGE).with(Pages.admin())).andExpect(status().isOk()));
        assertThat(admin).doesNotContain("id=\"submit-self-assessment\"");
    }

    @Test
    void the_operator_finds_the_period_of_its_region() throws Exception {
        String mine =
                html(mvc.perform(get("/wilayah").with(operator("op-ui-5103"))).andExpect(status().isOk()));
        assertThat(textOf(mine, "my-periods")).contains("Periode " + YEAR);
    }

    private MockHttpServletRequestBuilder answer(int no, String level) {
        return post("/wilayah/" + YEAR + "/51.03/jawaban/" + no)
                .with(operator("op-ui-5103"))
                .with(csrf())
                .param("level", level)
                .param("justification", "Bukti terlampir")
                .param("version", "0");
    }

    private static RequestPostProcessor operator(String username) {
        return user(username).roles("OPERATOR");
    }
}
