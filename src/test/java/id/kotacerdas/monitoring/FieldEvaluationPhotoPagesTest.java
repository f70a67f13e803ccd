package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The ministry adds the photos of Kota Tegal's first-semester field evaluation of 2021 on the evaluation's page: a
 * refused photo is explained in Bahasa Indonesia next to its field with the caption kept as typed; an accepted one
 * shows in the gallery (the image itself, its caption) and is removed there. Tegal's operator sees the gallery on
 * the region's masterplans page, with nothing to add or remove, and cannot post to the ministry's forms.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldEvaluationPhotoPagesTest {

    private static final String TEGAL = "33.76";
    private static final String OPERATOR = "op-photo-pages-3376";
    private static final String PASSWORD = "Warteg-Bahari-Tegal-1580!";
    private static final String PAGE = "/admin/tinjauan-lapangan/" + TEGAL + "/2021/1";
    private static final String API = "/api/v1/regions/" + TEGAL + "/field-evaluations/2021/1/photos/";
    private static final String REGION_PAGE = "/wilayah/" + TEGAL + "/masterplan";

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void tegalsEvaluationHeld(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Tegal", "OPERATOR", TEGAL, null));
        mvc.perform(post("/api/v1/regions/" + TEGAL + "/field-evaluations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2021,\"semester\":1,\"plannedOn\":\"2021-06-15\",\"heldOn\":\"2021-06-16\","
                                + "\"notes\":\"Tegal Smart City berjalan.\",\"team\":[{\"name\":\"Atina\"}]}")
                        .with(admin()))
                .andExpect(status().isCreated());
    }

    @Test
    void the_evaluations_page_has_a_multipart_upload_form_with_its_csrf_token() throws Exception {
        String page = html(get(PAGE), admin());

        assertThat(form(page))
                .contains("enctype=\"multipart/form-data\"")
                .contains("action=\"" + PAGE + "/foto\"")
                .contains("name=\"_csrf\"")
                .containsPattern("type=\"file\" id=\"photo-file\" name=\"file\"")
                .contains("name=\"caption\"")
                .contains("paling banyak 30 foto (100 MB)");
        assertThat(page).doesNotContain("photos-later");
    }

    @Test
    void a_refused_photo_is_explained_in_bahasa_indonesia_next_to_the_file_field_its_caption_kept() throws Exception {
        String refused = mvc.perform(upload("laporan.jpg", SampleFiles.TEXT, "Rapat dengan Diskominfo"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(form(refused))
                .containsPattern("id=\"photo-file\"[^>]*aria-describedby=\"error-photo-file\"")
                .containsPattern("id=\"photo-file\"[\\s\\S]*id=\"error-photo-file\"")
                .contains("Hanya foto JPEG atau PNG yang diterima (isi berkas ini: text/plain).")
                .contains("value=\"Rapat dengan Diskominfo\"")
                .doesNotContain("id=\"error-photo-caption\"");

        String noCaption = mvc.perform(upload("rapat.jpg", SampleFiles.JPEG, " "))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form(noCaption)).containsPattern("id=\"error-photo-caption\"[^>]*>Wajib diisi.<");
    }

    @Test
    void an_accepted_photo_shows_in_the_gallery_of_both_pages_and_is_removed_on_the_ministrys() throws Exception {
        MvcResult added = mvc.perform(upload("alun-alun.jpg", SampleFiles.JPEG, "Peninjauan CCTV di alun-alun"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(PAGE + "#photos");
        assertThat(added.getFlashMap().get("photoAdded")).isEqualTo(true);
        String shown = after(added);
        assertThat(shown).contains("id=\"photo-added\"").contains("Foto diunggah.");
        Matcher image = Pattern.compile("<img src=\"(" + Pattern.quote(API) + "([0-9a-f-]{36}))\""
                        + " alt=\"Peninjauan CCTV di alun-alun\"")
                .matcher(shown);
        assertThat(image.find()).as("the photo in the gallery").isTrue();
        String photo = image.group(2);
        mvc.perform(get(image.group(1)).with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(SampleFiles.JPEG));

        String regionPage = html(get(REGION_PAGE), as(OPERATOR));
        assertThat(regionPage)
                .contains("id=\"photos-2021-1\"")
                .contains("<img src=\"" + API + photo + "\" alt=\"Peninjauan CCTV di alun-alun\"")
                .doesNotContain("/foto/" + photo + "/hapus")
                .doesNotContain("id=\"photo-form\"");

        MvcResult removed = mvc.perform(
                        post(PAGE + "/foto/" + photo + "/hapus").with(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(removed.getFlashMap().get("photoRemoved")).isEqualTo(true);
        assertThat(after(removed)).contains("Foto dihapus.").doesNotContain(photo);
        assertThat(html(get(REGION_PAGE), as(OPERATOR))).doesNotContain(photo);
    }

    @Test
    void the_regions_operator_can_neither_upload_nor_remove_on_the_ministrys_page() throws Exception {
        MvcResult added = mvc.perform(upload("kantor.png", SampleFiles.PNG, "Kantor Diskominfo"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Matcher image = Pattern.compile(Pattern.quote(API) + "([0-9a-f-]{36})").matcher(after(added));
        assertThat(image.find()).isTrue();

        mvc.perform(multipart(PAGE + "/foto")
                        .file(new MockMultipartFile("file", "titipan.png", "image/png", SampleFiles.PNG))
                        .param("caption", "Titipan")
                        .with(as(OPERATOR))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/foto/" + image.group(1) + "/hapus")
                        .with(as(OPERATOR))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(html(get(REGION_PAGE), as(OPERATOR)))
                .contains(image.group(1))
                .doesNotContain("Titipan");
    }

    private MockMultipartHttpServletRequestBuilder upload(String name, byte[] content, String caption) {
        return multipart(PAGE + "/foto")
                .file(new MockMultipartFile("file", name, "image/jpeg", content))
                .param("caption", caption)
                .with(admin())
                .with(csrf());
    }

    /** The photo upload form, from its opening tag to its end. */
    private static String form(String html) {
        Matcher form =
                Pattern.compile("<form[^>]*id=\"photo-form\"[\\s\\S]*?</form>").matcher(html);
        assertThat(form.find()).as("the photo form").isTrue();
        return form.group();
    }

    private String html(MockHttpServletRequestBuilder request, RequestPostProcessor caller) throws Exception {
        return mvc.perform(request.with(caller))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * The page a form's redirect leads to, as a browser follows it: with the session cookie of the form's answer
     * (the session, kept in the database, holds the form's flash attributes).
     */
    private String after(MvcResult posted) throws Exception {
        Cookie[] cookies = posted.getResponse().getCookies();
        assertThat(cookies).as("the session cookie").isNotEmpty();
        return html(
                get(posted.getResponse().getRedirectedUrl().replaceFirst("#.*", ""))
                        .cookie(cookies),
                admin());
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private static RequestPostProcessor as(String username) {
        return user(username).roles("OPERATOR");
    }
}
