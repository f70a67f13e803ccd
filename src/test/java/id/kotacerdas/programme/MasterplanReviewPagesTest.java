package id.kotacerdas.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The masterplan review's pages, in Bahasa Indonesia first: the ministry's rubric editor, progress and region page
 * (reviewers, publication), the reviewer's list and scoring form, and the region's page (uploads with their history,
 * then the published score and comments, reviewers unnamed). Refusals show next to their form; an unassigned
 * reviewer and another region's operator get the 403 page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterplanReviewPagesTest {

    static final String REGION = "73.09";
    static final String OTHER_REGION = "73.10";
    static final String OPERATOR = "op-mrp-7309";
    static final String OTHER_OPERATOR = "op-mrp-7310";
    static final String REVIEWER = "rev-mrp-1";
    static final String SECOND_REVIEWER = "rev-mrp-2";
    static final String NOT_A_REVIEWER = "rev-mrp-out";

    @Autowired
    MockMvc mvc;

    long cohort;

    @BeforeAll
    void aCohort(@Autowired ManageAccounts accounts) throws Exception {
        ReviewCohorts.account(accounts, OPERATOR, "OPERATOR", REGION);
        ReviewCohorts.account(accounts, OTHER_OPERATOR, "OPERATOR", OTHER_REGION);
        for (String reviewer : List.of(REVIEWER, SECOND_REVIEWER, NOT_A_REVIEWER)) {
            ReviewCohorts.account(accounts, reviewer, "ASSESSOR", null);
        }
        cohort = ReviewCohorts.confirmed(mvc, 2030, List.of(REGION, OTHER_REGION));
    }

    static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    static RequestPostProcessor operator(String name) {
        return user(name).roles("OPERATOR");
    }

    static RequestPostProcessor assessor(String name) {
        return user(name).roles("ASSESSOR");
    }

    static MockHttpServletRequestBuilder submit(RequestPostProcessor who, String url, Object... vars) {
        return post(url, vars).with(who).with(csrf());
    }

    static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String text(String html) {
        return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    private ResultActions upload(RequestPostProcessor who, String region, String kind, String name, byte[] content)
            throws Exception {
        return mvc.perform(multipart("/wilayah/{code}/masterplan-review/{id}/dokumen", region, cohort)
                .file(new MockMultipartFile("file", name, "application/pdf", content))
                .param("kind", kind)
                .with(who)
                .with(csrf()));
    }

    @Test
    void a_cohort_is_reviewed_on_the_pages_from_the_rubric_to_the_published_score() throws Exception {
        // the ministry: the selection links to its masterplan review; the rubric editor starts from the default
        String selection = html(
                mvc.perform(get("/admin/seleksi/{id}", cohort).with(admin())).andExpect(status().isOk()));
        assertThat(selection).contains("href=\"/admin/seleksi/" + cohort + "/masterplan\"");
        String page =
                html(mvc.perform(get("/admin/seleksi/{id}/masterplan", cohort).with(admin()))
                        .andExpect(status().isOk()));
        assertThat(page)
                .contains("id=\"rubric-form\"", "value=\"Keselarasan dengan RPJMD\"", "name=\"weight.7\"")
                .doesNotContain("name=\"weight.8\"");
        assertThat(text(page)).contains("Rubrik penilaian", "Kabupaten Maros (73.09)");

        String refused = html(mvc.perform(submit(admin(), "/admin/seleksi/{id}/masterplan/rubrik", cohort)
                        .param("code.0", "RPJMD")
                        .param("name.0", "Keselarasan dengan RPJMD")
                        .param("weight.0", "dua"))
                .andExpect(status().isBadRequest()));
        assertThat(text(refused)).contains("Bobot RPJMD (dua) harus lebih dari 0");
        assertThat(refused).contains("id=\"rubric-error\"", "value=\"dua\"");

        // weights 2, 1, 1, 1, 1, 2 (sum 8); the comma is a decimal comma
        MockHttpServletRequestBuilder rubric = submit(admin(), "/admin/seleksi/{id}/masterplan/rubrik", cohort);
        String[][] criteria = {
            {"RPJMD", "Keselarasan dengan RPJMD", "2,0"},
            {"ANALISIS", "Analisis kondisi daerah", "1"},
            {"DIMENSI", "Enam dimensi smart city", "1"},
            {"ROADMAP", "Roadmap dan rencana aksi", "1"},
            {"QUICK_WIN", "Program quick win", "1"},
            {"TATA_KELOLA", "Tata kelola implementasi", "2"}
        };
        for (int i = 0; i < criteria.length; i++) {
            rubric.param("code." + i, criteria[i][0])
                    .param("name." + i, criteria[i][1])
                    .param("weight." + i, criteria[i][2]);
        }
        rubric.param("code.6", "").param("name.6", "").param("weight.6", "");
        mvc.perform(rubric)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/seleksi/" + cohort + "/masterplan"));
        assertThat(html(mvc.perform(
                        get("/admin/seleksi/{id}/masterplan", cohort).with(admin()))))
                .containsPattern("id=\"weight-0\"\\s+value=\"2\"");

        // reviewers: the region's page offers the assessor accounts
        String region = html(mvc.perform(get("/admin/seleksi/{id}/masterplan/{code}", cohort, REGION)
                        .with(admin()))
                .andExpect(status().isOk()));
        assertThat(region).contains("id=\"reviewer-" + REVIEWER + "\"", "id=\"documents-none\"");
        mvc.perform(submit(admin(), "/admin/seleksi/{id}/masterplan/{code}/penilai", cohort, REGION)
                        .param("reviewers", REVIEWER, SECOND_REVIEWER))
                .andExpect(status().is3xxRedirection());
        mvc.perform(submit(admin(), "/admin/seleksi/{id}/masterplan/{code}/penilai", cohort, OTHER_REGION)
                        .param("usernames", SECOND_REVIEWER))
                .andExpect(status().is3xxRedirection());
        String notYet =
                html(mvc.perform(submit(admin(), "/admin/seleksi/{id}/masterplan/{code}/publikasi", cohort, REGION))
                        .andExpect(status().isConflict()));
        assertThat(text(notYet)).contains("Belum ada penilai yang mengirim penilaian masterplan 73.09.");

        // the region uploads: refused by content, then a PDF, kept as revision 1
        String operatorPage = html(
                mvc.perform(get("/wilayah/{code}/masterplan-review", REGION).with(operator(OPERATOR)))
                        .andExpect(status().isOk()));
        assertThat(operatorPage).contains("id=\"upload-form-" + cohort + "\"");
        assertThat(text(operatorPage)).contains("Masterplan sedang dinilai").doesNotContain("Nilai masterplan:");
        String notPdf = html(upload(operator(OPERATOR), REGION, "MASTERPLAN", "masterplan.pdf", SampleFiles.TEXT)
                .andExpect(status().isBadRequest()));
        assertThat(notPdf).contains("id=\"upload-error-" + cohort + "\"");
        assertThat(text(notPdf)).contains("Hanya PDF, PNG, JPEG, dan dokumen perkantoran yang diterima");
        upload(operator(OPERATOR), REGION, "MASTERPLAN", "masterplan-maros.pdf", SampleFiles.PDF)
                .andExpect(status().is3xxRedirection());
        String uploaded = html(
                mvc.perform(get("/wilayah/{code}/masterplan-review", REGION).with(operator(OPERATOR))));
        assertThat(uploaded).contains("id=\"document-MASTERPLAN-1\"", "masterplan-maros.pdf");
        assertThat(text(uploaded)).contains("Terbaru, yang dinilai");

        // another region's operator and a reviewer not assigned get the 403 page
        mvc.perform(get("/wilayah/{code}/masterplan-review", REGION).with(operator(OTHER_OPERATOR)))
                .andExpect(status().isForbidden());
        upload(operator(OTHER_OPERATOR), REGION, "MASTERPLAN", "x.pdf", SampleFiles.PDF)
                .andExpect(status().isForbidden());
        mvc.perform(get("/penilaian/masterplan/{id}/{code}", cohort, REGION).with(assessor(NOT_A_REVIEWER)))
                .andExpect(status().isForbidden());
        mvc.perform(submit(assessor(NOT_A_REVIEWER), "/penilaian/masterplan/{id}/{code}", cohort, REGION)
                        .param("score.RPJMD", "4"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/penilaian/masterplan/{id}/{code}", cohort, OTHER_REGION)
                        .with(assessor(REVIEWER)))
                .andExpect(status().isForbidden());

        // the reviewer: the list holds only the regions assigned to them
        String list = html(mvc.perform(get("/penilaian/masterplan").with(assessor(REVIEWER)))
                .andExpect(status().isOk()));
        assertThat(list)
                .contains("href=\"/penilaian/masterplan/" + cohort + "/" + REGION + "\"")
                .doesNotContain("/penilaian/masterplan/" + cohort + "/" + OTHER_REGION);
        assertThat(html(mvc.perform(get("/penilaian/masterplan").with(assessor(NOT_A_REVIEWER)))))
                .contains("id=\"assigned-none\"");

        String form = html(mvc.perform(
                        get("/penilaian/masterplan/{id}/{code}", cohort, REGION).with(assessor(REVIEWER)))
                .andExpect(status().isOk()));
        assertThat(form).contains("id=\"score-RPJMD-4\"", "name=\"comment.TATA_KELOLA\"", "masterplan-maros.pdf");
        String commentWithoutScore =
                html(mvc.perform(submit(assessor(REVIEWER), "/penilaian/masterplan/{id}/{code}", cohort, REGION)
                                .param("comment.RPJMD", "Selaras dengan RPJMD"))
                        .andExpect(status().isBadRequest()));
        assertThat(commentWithoutScore).contains("id=\"score-error\"", "Selaras dengan RPJMD");
        mvc.perform(submit(assessor(REVIEWER), "/penilaian/masterplan/{id}/{code}", cohort, REGION)
                        .param("score.RPJMD", "3")
                        .param("comment.RPJMD", "Selaras dengan RPJMD, indikator belum lengkap"))
                .andExpect(status().is3xxRedirection());
        String incomplete =
                html(mvc.perform(submit(assessor(REVIEWER), "/penilaian/masterplan/{id}/{code}/kirim", cohort, REGION))
                        .andExpect(status().isConflict()));
        assertThat(text(incomplete)).contains("belum dinilai: ANALISIS, DIMENSI, ROADMAP, QUICK_WIN, TATA_KELOLA");
        assertThat(incomplete).containsPattern("id=\"score-RPJMD-3\"\\s+checked");

        // R1: 3, 4, 4, 4, 4, 4; R2: 3, 3, 3, 3, 3, 3 → sums 6, 7, 7, 7, 7, 7;
        // Σ weight × sum = 12 + 7 + 7 + 7 + 7 + 14 = 54; 54 / (2 × 8) = 3.375 → 3.38
        MockHttpServletRequestBuilder first =
                submit(assessor(REVIEWER), "/penilaian/masterplan/{id}/{code}", cohort, REGION);
        MockHttpServletRequestBuilder second =
                submit(assessor(SECOND_REVIEWER), "/penilaian/masterplan/{id}/{code}", cohort, REGION);
        for (String[] c : criteria) {
            first.param("score." + c[0], c[0].equals("RPJMD") ? "3" : "4").param("comment." + c[0], "Baik: " + c[0]);
            second.param("score." + c[0], "3").param("comment." + c[0], "Cukup: " + c[0]);
        }
        mvc.perform(first).andExpect(status().is3xxRedirection());
        mvc.perform(second).andExpect(status().is3xxRedirection());
        mvc.perform(submit(assessor(REVIEWER), "/penilaian/masterplan/{id}/{code}/kirim", cohort, REGION))
                .andExpect(status().is3xxRedirection());
        String submitted = html(mvc.perform(
                get("/penilaian/masterplan/{id}/{code}", cohort, REGION).with(assessor(REVIEWER))));
        assertThat(submitted)
                .contains("id=\"review-score\"")
                .doesNotContain("id=\"sheet-submit\"", "id=\"score-submit\"");
        // alone so far: (6 + 4 + 4 + 4 + 4 + 8) / 8 = 3.75
        assertThat(text(submitted)).contains("Nilai masterplan: 3,75");
        String blind = html(mvc.perform(
                get("/penilaian/masterplan/{id}/{code}", cohort, REGION).with(assessor(SECOND_REVIEWER))));
        assertThat(blind).doesNotContain("id=\"review-score\"", "Baik: RPJMD");
        mvc.perform(submit(assessor(SECOND_REVIEWER), "/penilaian/masterplan/{id}/{code}/kirim", cohort, REGION))
                .andExpect(status().is3xxRedirection());

        // the ministry sees the score explained, then publishes it
        String scored = text(html(mvc.perform(
                get("/admin/seleksi/{id}/masterplan/{code}", cohort, REGION).with(admin()))));
        assertThat(scored)
                .contains("Nilai masterplan: 3,38")
                .contains("54 / (2 × 8 = 16) = 3,375, dibulatkan setengah ke atas menjadi 3,38")
                .contains("Nama rev-mrp-1, Universitas Hasanuddin");
        assertThat(text(html(mvc.perform(
                        get("/admin/seleksi/{id}/masterplan", cohort).with(admin())))))
                .contains("rev-mrp-1, rev-mrp-2 2/2 3,38 Dalam penilaian");
        mvc.perform(submit(admin(), "/admin/seleksi/{id}/masterplan/{code}/publikasi", cohort, REGION))
                .andExpect(status().is3xxRedirection());

        // the region sees its score and the comments, its reviewers unnamed, and uploads no more
        String published = html(
                mvc.perform(get("/wilayah/{code}/masterplan-review", REGION).with(operator(OPERATOR))));
        assertThat(text(published))
                .contains(
                        "Diumumkan",
                        "Nilai masterplan: 3,38",
                        "Penilai 1 (3): Baik: RPJMD",
                        "Penilai 2 (3): Cukup: RPJMD")
                .doesNotContain("rev-mrp", "Nama rev", "Hasanuddin");
        assertThat(published).doesNotContain("id=\"upload-form-" + cohort + "\"");
    }
}
