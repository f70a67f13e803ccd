package id.kotacerdas.award;

import static id.kotacerdas.award.AwardPeriods.ASSESSED;
import static id.kotacerdas.award.AwardPeriods.BADUNG;
import static id.kotacerdas.award.AwardPeriods.DENPASAR;
import static id.kotacerdas.award.AwardPeriods.IMPORTED;
import static id.kotacerdas.award.AwardPeriods.SURAKARTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrators' award pages (define, the proposal with its numbers and ties, the jury's form, publication),
 * refusals shown in Bahasa Indonesia next to their field, and the public page of the published winners.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardPagesTest {

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void periods(@Autowired ApplicationContext context) {
        AwardPeriods.ensure(context);
    }

    @Test
    void the_list_page_defines_an_award_and_shows_a_refusal_next_to_its_field() throws Exception {
        String list = html(mvc.perform(get(base(ASSESSED)).with(admin())).andExpect(status().isOk()));
        assertThat(list)
                .contains("id=\"new-award\"")
                .contains("Smart Governance")
                .contains("Outcome");

        String refused = html(mvc.perform(define(base(ASSESSED), " ", "halaman-daftar", "FINAL", "", "1"))
                .andExpect(status().isBadRequest()));
        assertThat(text(refused, "error-name")).isEqualTo("Nama penghargaan wajib diisi, paling banyak 200 karakter.");
        assertThat(refused).contains("value=\"halaman-daftar\"");

        mvc.perform(define(base(ASSESSED), "Kota terbaik halaman", "halaman-daftar", "FINAL", "KOTA", "1"))
                .andExpect(redirectedUrl(base(ASSESSED) + "/halaman-daftar"));
        String after = html(mvc.perform(get(base(ASSESSED)).with(admin())).andExpect(status().isOk()));
        assertThat(after).contains("id=\"award-halaman-daftar\"").contains("Kota terbaik halaman");
    }

    @Test
    void the_award_page_shows_the_proposal_with_its_numbers_and_the_tie_at_the_cut_off_and_the_jury_decides_it()
            throws Exception {
        mvc.perform(define(base(IMPORTED), "Reguler terbaik halaman", "halaman-seri", "FINAL", "", "2")
                        .param("track", "REGULER"))
                .andExpect(redirectedUrl(base(IMPORTED) + "/halaman-seri"));
        String page = html(
                mvc.perform(get(base(IMPORTED) + "/halaman-seri").with(admin())).andExpect(status().isOk()));

        assertThat(text(page, "tie-at-cutoff"))
                .startsWith("Seri di batas: 2 wilayah berbagi peringkat 2 untuk 1 tempat tersisa.");
        assertThat(row(page, BADUNG))
                .contains("has-background-warning-light")
                .contains("3,20")
                .contains("Seri di batas");
        assertThat(row(page, DENPASAR)).contains("3,50").contains("Diusulkan").contains("checked");
        assertThat(row(page, SURAKARTA)).doesNotContain("checked");

        String refused = html(mvc.perform(jury(base(IMPORTED) + "/halaman-seri", "Hanya satu.", DENPASAR))
                .andExpect(status().isBadRequest()));
        assertThat(text(refused, "error-reasons"))
                .isEqualTo("Pilihan juri berbeda dari usulan untuk Kabupaten Badung (" + BADUNG
                        + "): tuliskan alasannya (paling banyak 1000 karakter).");
        assertThat(refused).contains("Hanya satu.");

        MvcResult confirmed = mvc.perform(
                        jury(base(IMPORTED) + "/halaman-seri", "Seri diputus juri.", DENPASAR, SURAKARTA))
                .andExpect(redirectedUrl(base(IMPORTED) + "/halaman-seri"))
                .andReturn();
        assertThat(confirmed.getFlashMap().get("saved")).isEqualTo("winners");
        String after = html(mvc.perform(get(base(IMPORTED) + "/halaman-seri").with(admin())));
        assertThat(text(after, "winners")).contains("Kota Surakarta").contains("Nilai final 3,20");
        assertThat(text(after, "award-status")).isEqualTo("Dikonfirmasi juri");

        String notPublic = html(mvc.perform(post(base(IMPORTED) + "/halaman-seri/terbitkan")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isConflict()));
        assertThat(text(notPublic, "error-form")).contains("belum diterbitkan");
    }

    @Test
    void a_published_award_is_frozen_on_its_page_and_listed_on_the_public_page() throws Exception {
        mvc.perform(define(base(ASSESSED), "Kota dengan nilai final terbaik", "halaman-terbit", "FINAL", "KOTA", "1"))
                .andExpect(status().isFound());
        mvc.perform(jury(base(ASSESSED) + "/halaman-terbit", "Sesuai usulan.", DENPASAR))
                .andExpect(status().isFound());
        MvcResult published = mvc.perform(post(base(ASSESSED) + "/halaman-terbit/terbitkan")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl(base(ASSESSED) + "/halaman-terbit"))
                .andReturn();
        assertThat(published.getFlashMap().get("saved")).isEqualTo("published");

        String page = html(mvc.perform(get(base(ASSESSED) + "/halaman-terbit").with(admin())));
        assertThat(text(page, "award-status")).isEqualTo("Diterbitkan");
        assertThat(page).doesNotContain("id=\"award-definition\"").doesNotContain("id=\"publish-form\"");
        assertThat(page).doesNotContain("name=\"winners\"");

        String publicPage =
                html(mvc.perform(get("/hasil/{y}/penghargaan", ASSESSED)).andExpect(status().isOk()));
        String section = text(publicPage, "award-halaman-terbit");
        assertThat(section)
                .contains("Kota dengan nilai final terbaik")
                .contains("Kota Denpasar")
                .contains("Nilai final 4,00")
                .contains("(peringkat 1 dari 1)")
                .contains("Piagam (PDF)");
        assertThat(publicPage)
                .contains("/api/v1/periods/" + ASSESSED + "/awards/halaman-terbit/winners/" + DENPASAR
                        + "/certificate.pdf");
        assertThat(publicPage).doesNotContain("Kota terbaik halaman");
        String english = html(mvc.perform(get("/hasil/{y}/penghargaan?lang=en", ASSESSED)));
        assertThat(text(english, "award-halaman-terbit")).contains("Final 4.00").contains("(rank 1 of 1)");

        assertThat(html(mvc.perform(get("/hasil/{y}", ASSESSED)))).contains("/hasil/" + ASSESSED + "/penghargaan");
        assertThat(html(mvc.perform(get("/admin/periode/{y}", ASSESSED).with(admin()))))
                .contains("/admin/periode/" + ASSESSED + "/penghargaan");
    }

    @Test
    void a_period_without_published_awards_says_so_publicly() throws Exception {
        String page = html(mvc.perform(get("/hasil/{y}/penghargaan", IMPORTED)).andExpect(status().isOk()));
        assertThat(text(page, "no-awards")).isEqualTo("Belum ada penghargaan yang diterbitkan untuk periode ini.");
    }

    private static String base(int year) {
        return "/admin/periode/" + year + "/penghargaan";
    }

    private static MockHttpServletRequestBuilder define(
            String url, String name, String slug, String measure, String kind, String places) {
        return post(url)
                .with(admin())
                .with(csrf())
                .param("name", name)
                .param("slug", slug)
                .param("measure", measure)
                .param("kind", kind)
                .param("places", places);
    }

    private static MockHttpServletRequestBuilder jury(String url, String note, String... winners) {
        return post(url + "/pemenang")
                .with(admin())
                .with(csrf())
                .param("note", note)
                .param("winners", winners);
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text of the element with this id, tags removed and white space collapsed. */
    private static String text(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    /** The proposal's table row of a region, as HTML. */
    private static String row(String html, String code) {
        Matcher m = Pattern.compile("<tr[^>]*id=\"line-" + Pattern.quote(code) + "\".*?</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("row of " + code).isTrue();
        return m.group();
    }
}
