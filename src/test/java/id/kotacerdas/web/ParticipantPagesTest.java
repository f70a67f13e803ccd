package id.kotacerdas.web;

import static id.kotacerdas.web.Pages.admin;
import static id.kotacerdas.web.Pages.html;
import static id.kotacerdas.web.Pages.rowsOf;
import static id.kotacerdas.web.Pages.submit;
import static id.kotacerdas.web.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The participants page of a period: adding a region on a track, refusals, removing it again. */
@IntegrationTest
class ParticipantPagesTest {

    private static final int YEAR = TestYears.PARTICIPANT_PAGES;

    @Autowired
    MockMvc mvc;

    @Test
    void a_region_is_added_to_a_draft_period_on_a_track_and_removed_again() throws Exception {
        Pages.ensurePeriod(mvc, YEAR);

        mvc.perform(submit("/admin/periode/" + YEAR + "/peserta")
                        .param("regionCode", "51.03")
                        .param("track", "KPPN_IKN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/periode/" + YEAR + "/peserta"));
        String listed = participants(YEAR);
        assertThat(rowsOf(listed, "participants")).isEqualTo(1);
        assertThat(tableBody(listed)).contains("51.03", "Kabupaten Badung", "Bali", "KPPN-IKN");
        assertThat(listed).contains("1 wilayah peserta");

        mvc.perform(submit("/admin/periode/" + YEAR + "/peserta/51.03/hapus"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/periode/" + YEAR + "/peserta"));
        String removed = participants(YEAR);
        assertThat(rowsOf(removed, "participants")).isZero();
        assertThat(tableBody(removed)).doesNotContain("Kabupaten Badung");
    }

    @Test
    void an_unknown_region_code_is_refused_with_a_message_on_the_page() throws Exception {
        Pages.ensurePeriod(mvc, YEAR);

        String page = html(mvc.perform(submit("/admin/periode/" + YEAR + "/peserta")
                        .param("regionCode", "99.99")
                        .param("track", "REGULER"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("instrument/participants")));

        assertThat(textOf(page, "error-form")).isEqualTo("Wilayah dengan kode 99.99 tidak ada.");
        assertThat(tableBody(page)).doesNotContain("99.99");
    }

    @Test
    void the_participants_of_a_published_period_cannot_change() throws Exception {
        String page = html(mvc.perform(submit("/admin/periode/2024/peserta")
                        .param("regionCode", "51.03")
                        .param("track", "REGULER"))
                .andExpect(status().isConflict())
                .andExpect(view().name("instrument/participants")));

        assertThat(textOf(page, "error-form")).startsWith("Peserta periode 2024 tidak dapat diubah lagi");
    }

    private String participants(int year) throws Exception {
        return html(mvc.perform(get("/admin/periode/{year}/peserta", year).with(admin()))
                .andExpect(status().isOk()));
    }

    private static String tableBody(String page) {
        return Pages.find(page, "id=\"participants\".*?(<tbody>.*?</tbody>)");
    }
}
