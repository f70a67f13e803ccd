package id.kotacerdas.programme;

import static id.kotacerdas.programme.Selection.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator's selection pages, in Bahasa Indonesia first: the list and the form to open a selection, the
 * load with its refused rows, the ranking with the distribution, the explanation and the tie at the cut-off, the
 * confirmation with overrides and reasons, the MoUs and the programme's participants.
 */
@IntegrationTest
class SelectionPagesTest {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    static MockHttpServletRequestBuilder submit(String url, Object... vars) {
        return post(url, vars).with(admin()).with(csrf());
    }

    static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String text(String html) {
        return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    private long openOnThePage(int year, String name, String quota) throws Exception {
        String location = mvc.perform(submit("/admin/seleksi")
                        .param("year", String.valueOf(year))
                        .param("name", name)
                        .param("quota", quota)
                        .param("weight.IKBT", "0.25")
                        .param("weight.IKB", "0,25")
                        .param("weight.IKH", "0.25")
                        .param("weight.KKD", "0.25"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Matcher id = Pattern.compile("/admin/seleksi/(\\d+)").matcher(location);
        assertThat(id.matches()).as(location).isTrue();
        return Long.parseLong(id.group(1));
    }

    private ResultActions upload(long id, String csv) throws Exception {
        return mvc.perform(multipart("/admin/seleksi/{id}/kandidat", id)
                .file(new MockMultipartFile("file", "calon.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(admin())
                .with(csrf()));
    }

    @Test
    void the_list_opens_a_selection_and_refuses_weights_that_do_not_sum_to_1_next_to_the_weights() throws Exception {
        String list = html(mvc.perform(get("/admin/seleksi").with(admin())).andExpect(status().isOk()));
        assertThat(list)
                .contains(
                        "Seleksi calon peserta program",
                        "id=\"create-selection\"",
                        "name=\"weight.KKD\"",
                        "href=\"/admin/seleksi\"",
                        "Peserta program");

        String refused = html(mvc.perform(submit("/admin/seleksi")
                        .param("year", "2011")
                        .param("name", "Seleksi halaman")
                        .param("quota", "5")
                        .param("weight.IKBT", "0.5")
                        .param("weight.IKB", "0.25")
                        .param("weight.IKH", "0.25")
                        .param("weight.KKD", "0.25"))
                .andExpect(status().isBadRequest()));
        assertThat(refused)
                .contains("id=\"error-weights\"", "Bobot berjumlah 1.25, bukan 1.", "value=\"Seleksi halaman\"");

        long id = openOnThePage(2011, "Seleksi halaman", "5");
        String page =
                html(mvc.perform(get("/admin/seleksi/{id}", id).with(admin())).andExpect(status().isOk()));
        assertThat(text(page)).contains("Seleksi halaman (2011)", "Kuota 5, 0 calon dimuat.", "Muat data calon");
        assertThat(html(mvc.perform(get("/admin/seleksi").with(admin()))))
                .contains("href=\"/admin/seleksi/" + id + "\"");
    }

    @Test
    void a_refused_load_shows_each_row_and_reason_in_bahasa_indonesia_and_in_english() throws Exception {
        long id = openOnThePage(2012, "Seleksi halaman penolakan", "2");
        String csv = HEADER + "61.71,50,50,50,SEDANG\n99.99,1,1,1,RENDAH\n61.71,1,1,1,RENDAH\n61.72,7x,1,1,TINGGI\n";

        String page = html(upload(id, csv).andExpect(status().isOk()));
        assertThat(text(page))
                .contains(
                        "Tidak ada yang dimuat: 3 penolakan pada 4 baris data.",
                        "Tidak ada wilayah dengan kode 99.99 di registri.",
                        "Wilayah 61.71 sudah ada di baris 2.",
                        "IKBT bukan angka: 7x.");
        assertThat(page).contains("id=\"refused-rows\"").doesNotContain("id=\"ranking\"");

        String english = html(mvc.perform(multipart("/admin/seleksi/{id}/kandidat", id)
                        .file(new MockMultipartFile("file", "c.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("lang", "en")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isOk()));
        assertThat(text(english)).contains("Nothing was loaded", "Region 61.71 is already on line 2.");

        String notATable = html(mvc.perform(multipart("/admin/seleksi/{id}/kandidat", id)
                        .file(new MockMultipartFile("file", "c.pdf", "application/pdf", "%PDF-1.4\n".getBytes()))
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isBadRequest()));
        assertThat(text(notATable)).contains("Berkas bukan CSV maupun buku kerja Excel (XLSX)");
    }

    @Test
    void the_ranking_shows_the_distribution_each_composite_explained_and_the_tie_at_the_cut_off() throws Exception {
        long id = openOnThePage(2013, "Seleksi halaman peringkat", "2");
        String page = html(upload(
                        id,
                        HEADER + "61.71,90,90,90,TINGGI\n61.72,50,50,50,SEDANG\n61.01,50,50,50,SEDANG\n"
                                + "61.02,10,10,10,RENDAH\n61.03,40,,40,RENDAH\n")
                .andExpect(status().isOk()));

        assertThat(text(page)).contains("Muatan selesai: 5 calon dimuat, 1 di antaranya tidak lengkap.");
        assertThat(page)
                .contains(
                        "id=\"distribution-chart\"",
                        "data-ikbt=\"[",
                        "/static/js/selection-chart.js",
                        "id=\"explain-61.71\"",
                        "id=\"cutoff-tie\"");
        assertThat(text(page))
                .contains(
                        "Seri pada batas kuota: 2 wilayah berbagi peringkat 2 untuk 1 kursi tersisa (61.01, 61.72).",
                        "Tidak lengkap: tanpa IKB",
                        "Rincian komposit");
        assertThat(rowOf(page, "61.72"))
                .contains("is-tie")
                .contains("Seri di batas kuota")
                .contains("0,5000");
        assertThat(rowOf(page, "61.71"))
                .contains("Diusulkan")
                .contains("1,0000")
                .contains("TINGGI = 3");
        // the distribution: IKBT of the four complete candidates 10, 50, 50, 90: median 50
        assertThat(text(page)).contains("IKBT 10 50 90");
    }

    private static String rowOf(String html, String region) {
        int start = html.indexOf("id=\"row-" + region + "\"");
        assertThat(start).as("row of " + region).isPositive();
        return html.substring(html.lastIndexOf("<tr", start), html.indexOf("</tr>", html.indexOf("</details>", start)));
    }

    @Test
    void confirming_needs_a_reason_for_every_override_then_the_page_is_frozen_and_takes_the_mous() throws Exception {
        // confirms a cohort: Kalimantan Barat's regions, in 2038 (see Selection)
        long id = openOnThePage(2038, "Angkatan halaman 2038", "1");
        upload(id, HEADER + "61.71,90,90,90,TINGGI\n61.72,50,50,50,SEDANG\n61.01,10,10,10,RENDAH\n")
                .andExpect(status().isOk());

        String refused = html(mvc.perform(submit("/admin/seleksi/{id}/konfirmasi", id)
                        .param("include", "61.72")
                        .param("reason.61.72", " "))
                .andExpect(status().isBadRequest()));
        assertThat(text(refused)).contains("Perubahan dari usulan untuk 61.72 memerlukan alasan");
        assertThat(refused).contains("id=\"confirm-error\"", "id=\"confirm-submit\"");

        mvc.perform(submit("/admin/seleksi/{id}/konfirmasi", id)
                        .param("include", "61.72")
                        .param("reason.61.72", "Pusat pertumbuhan wilayah perbatasan"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/seleksi/" + id));

        String confirmed =
                html(mvc.perform(get("/admin/seleksi/{id}", id).with(admin())).andExpect(status().isOk()));
        assertThat(confirmed)
                .contains("id=\"confirmed-note\"", "id=\"mou-table\"", "id=\"mou-61.72\"")
                .doesNotContain("id=\"load-form\"", "id=\"confirm-submit\"", "id=\"settings-form\"");
        assertThat(text(rowOf(confirmed, "61.72")))
                .contains("Terpilih", "Dimasukkan oleh administrator", "Pusat pertumbuhan wilayah perbatasan");

        mvc.perform(submit("/admin/seleksi/{id}/mou/{code}", id, "61.72")
                        .param("number", "MoU/61.72/2038")
                        .param("signedOn", "2038-03-20"))
                .andExpect(status().is3xxRedirection());
        String refusedMou = html(mvc.perform(submit("/admin/seleksi/{id}/mou/{code}", id, "61.01")
                        .param("number", "x")
                        .param("signedOn", "2038-03-20"))
                .andExpect(status().isNotFound()));
        assertThat(text(refusedMou)).contains("Wilayah 61.01 tidak termasuk angkatan seleksi ini.");

        String list = html(mvc.perform(get("/admin/seleksi").with(admin())));
        assertThat(text(list)).contains("Kota Singkawang (61.72)", "MoU/61.72/2038 (2038-03-20)");
        for (String region : List.of("61.71")) {
            assertThat(text(list)).contains("Kota Pontianak (" + region + ")");
        }
    }
}
