package id.kotacerdas.web;

import static id.kotacerdas.web.Pages.admin;
import static id.kotacerdas.web.Pages.html;
import static id.kotacerdas.web.Pages.rowsOf;
import static id.kotacerdas.web.Pages.submit;
import static id.kotacerdas.web.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator's period pages: the list, creating a period by copying 2024, weights, questions,
 * and the frozen instrument once the self-assessment opens. Messages are checked in Bahasa Indonesia.
 */
@IntegrationTest
class PeriodPagesTest {

    private static final int CREATED = TestYears.PERIOD_PAGES_CREATED;
    private static final int WEIGHTS_REFUSED = TestYears.PERIOD_PAGES_WEIGHTS_REFUSED;
    private static final int QUESTIONS = TestYears.PERIOD_PAGES_QUESTIONS;
    private static final int FROZEN = TestYears.PERIOD_PAGES_FROZEN;
    private static final int WEIGHTS_STORED = TestYears.PERIOD_PAGES_WEIGHTS_STORED;

    @Autowired
    MockMvc mvc;

    @Test
    void the_periods_page_lists_the_published_2024_period() throws Exception {
        String page = html(mvc.perform(get("/admin/periode").with(admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("instrument/periods")));

        assertThat(page).contains(">2024</a>").contains("Diterbitkan");
    }

    @Test
    void a_period_created_by_copying_2024_is_a_draft_with_its_115_questions_and_cannot_be_created_twice()
            throws Exception {
        mvc.perform(submit("/admin/periode")
                        .param("year", String.valueOf(CREATED))
                        .param("copyFrom", "2024"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/periode/" + CREATED));

        String page =
                html(mvc.perform(get("/admin/periode/" + CREATED).with(admin())).andExpect(status().isOk()));
        assertThat(textOf(page, "period-status")).isEqualTo("Draf");
        assertThat(textOf(page, "pertanyaan")).isEqualTo("Pertanyaan (115)");
        assertThat(rowsOf(page, "questions")).isEqualTo(115);

        String again = html(mvc.perform(submit("/admin/periode")
                        .param("year", String.valueOf(CREATED))
                        .param("copyFrom", "2024"))
                .andExpect(status().isConflict())
                .andExpect(view().name("instrument/periods")));
        assertThat(textOf(again, "error-form")).isEqualTo("Periode " + CREATED + " sudah ada.");
        assertThat(again).as("the year typed is kept").containsPattern("id=\"year\"[^>]*value=\"" + CREATED + "\"");
    }

    @Test
    void a_year_outside_2000_to_2100_is_refused_next_to_the_year_field() throws Exception {
        String page =
                html(mvc.perform(submit("/admin/periode").param("year", "1999").param("copyFrom", "2024"))
                        .andExpect(status().isBadRequest())
                        .andExpect(view().name("instrument/periods")));

        assertThat(textOf(page, "error-year")).isEqualTo("Tahun harus antara 2000 dan 2100.");
        assertThat(page).doesNotContain(">1999</a>");
    }

    @Test
    void weights_summing_to_90_percent_are_refused_next_to_their_track_and_change_nothing() throws Exception {
        Pages.createPeriod(mvc, WEIGHTS_REFUSED);
        String before = instrumentJson(WEIGHTS_REFUSED);

        String page = html(mvc.perform(weights(WEIGHTS_REFUSED, "10", "20", "20", "20", "20"))
                .andExpect(status().isBadRequest()));

        assertThat(textOf(page, "error-weights-REGULER"))
                .isEqualTo("Bobot jalur REGULER berjumlah 90%, harus tepat 100%.");
        assertThat(page).doesNotContain("id=\"error-weights-KPPN_IKN\"");
        assertThat(instrumentJson(WEIGHTS_REFUSED)).isEqualTo(before);
    }

    @Test
    void valid_weights_are_saved_and_shown_on_the_page() throws Exception {
        Pages.createPeriod(mvc, WEIGHTS_STORED);

        mvc.perform(weights(WEIGHTS_STORED, "10", "20", "25", "25", "20"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/periode/" + WEIGHTS_STORED + "#bobot"));

        mvc.perform(get("/api/v1/periods/" + WEIGHTS_STORED + "/instrument").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions[?(@.code == 'OUTCOME')].weights.REGULER", hasItem(0.25)))
                .andExpect(jsonPath("$.dimensions[?(@.code == 'IMPACT')].weights.REGULER", hasItem(0.25)))
                .andExpect(jsonPath("$.dimensions[?(@.code == 'BASELINE')].weights.REGULER", hasItem(0.1)));
        String page = html(mvc.perform(get("/admin/periode/" + WEIGHTS_STORED).with(admin()))
                .andExpect(status().isOk()));
        assertThat(page).containsPattern("id=\"w-REGULER-OUTCOME\"[^>]*value=\"25\"");
    }

    @Test
    void a_question_of_a_draft_can_be_edited_added_and_removed_through_the_pages() throws Exception {
        Pages.ensurePeriod(mvc, QUESTIONS);
        String text = "Apakah daerah memiliki peraturan kepala daerah tentang smart city?";

        mvc.perform(get("/admin/periode/" + QUESTIONS + "/pertanyaan/3").with(admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("instrument/question"));
        mvc.perform(question(submit("/admin/periode/" + QUESTIONS + "/pertanyaan/3"), text))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/periode/" + QUESTIONS + "#q3"));
        assertThat(textOf(html(mvc.perform(get("/admin/periode/" + QUESTIONS).with(admin()))), "q3"))
                .contains("Output")
                .contains(text);
        assertThat(html(mvc.perform(
                        get("/admin/periode/" + QUESTIONS + "/pertanyaan/3").with(admin()))))
                .contains(text);

        mvc.perform(question(submit("/admin/periode/" + QUESTIONS + "/pertanyaan"), "Pertanyaan tambahan untuk uji?"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/periode/" + QUESTIONS + "#q116"));
        String added = html(mvc.perform(get("/admin/periode/" + QUESTIONS).with(admin())));
        assertThat(textOf(added, "pertanyaan")).isEqualTo("Pertanyaan (116)");
        assertThat(rowsOf(added, "questions")).isEqualTo(116);
        assertThat(textOf(added, "q116")).contains("Pertanyaan tambahan untuk uji?");

        mvc.perform(submit("/admin/periode/" + QUESTIONS + "/pertanyaan/116/hapus"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/periode/" + QUESTIONS + "#pertanyaan"));
        String removed = html(mvc.perform(get("/admin/periode/" + QUESTIONS).with(admin())));
        assertThat(textOf(removed, "pertanyaan")).isEqualTo("Pertanyaan (115)");
        assertThat(rowsOf(removed, "questions")).isEqualTo(115);
    }

    @Test
    void once_the_self_assessment_opens_the_page_shows_a_frozen_instrument_and_refuses_edits() throws Exception {
        Pages.createPeriod(mvc, FROZEN);

        mvc.perform(submit("/admin/periode/" + FROZEN + "/status").param("to", "SELF_ASSESSMENT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/periode/" + FROZEN));

        String page =
                html(mvc.perform(get("/admin/periode/" + FROZEN).with(admin())).andExpect(status().isOk()));
        assertThat(textOf(page, "period-status")).isEqualTo("Penilaian mandiri");
        assertThat(textOf(page, "frozen-note")).contains("sudah dibekukan");
        assertThat(page)
                .as("no edit, remove, add or save-weights buttons")
                .doesNotContain("/admin/periode/" + FROZEN + "/pertanyaan/3\"")
                .doesNotContain("/hapus\"")
                .doesNotContain("id=\"add-question\"")
                .doesNotContain("Simpan bobot");

        String refused = html(mvc.perform(question(submit("/admin/periode/" + FROZEN + "/pertanyaan/3"), "Diubah?"))
                .andExpect(status().isConflict()));
        assertThat(textOf(refused, "error-form")).contains("sudah dibekukan");
        String weightsRefused =
                html(mvc.perform(weights(FROZEN, "10", "20", "25", "25", "20")).andExpect(status().isConflict()));
        assertThat(textOf(weightsRefused, "error-weights-REGULER")).contains("sudah dibekukan");

        String english = html(
                mvc.perform(get("/admin/periode/" + FROZEN).param("lang", "en").with(admin()))
                        .andExpect(status().isOk()));
        assertThat(textOf(english, "frozen-note")).contains("frozen");
    }

    @Test
    void a_question_edit_with_an_empty_text_stays_on_the_edit_form_with_the_message_next_to_the_text()
            throws Exception {
        Pages.ensurePeriod(mvc, QUESTIONS);

        String page = html(mvc.perform(submit("/admin/periode/" + QUESTIONS + "/pertanyaan/3")
                        .param("dimension", "OUTPUT")
                        .param("indicator", "Indikator yang diketik")
                        .param("subIndicator", "Sub indikator")
                        .param("text", " "))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("instrument/question")));

        assertThat(Pages.find(page, "(<form[^>]*id=\"edit-question\".*?</form>)"))
                .contains("id=\"error-text\"")
                .contains("value=\"Indikator yang diketik\"");
    }

    private static MockHttpServletRequestBuilder weights(
            int year, String baseline, String output, String outcome, String impact, String quickWin) {
        return submit("/admin/periode/{year}/bobot/REGULER", year)
                .param("w_BASELINE", baseline)
                .param("w_OUTPUT", output)
                .param("w_OUTCOME", outcome)
                .param("w_IMPACT", impact)
                .param("w_QUICK_WIN", quickWin);
    }

    private static MockHttpServletRequestBuilder question(MockHttpServletRequestBuilder request, String text) {
        return request.param("dimension", "OUTPUT")
                .param("indicator", "Kebijakan")
                .param("subIndicator", "Regulasi")
                .param("text", text);
    }

    private String instrumentJson(int year) throws Exception {
        return mvc.perform(get("/api/v1/periods/{year}/instrument", year).with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
