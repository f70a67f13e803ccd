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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Kota Salatiga's operator attaches evidence to an item's 2022 realisation on the monitoring page: a refused file
 * is reported in Bahasa Indonesia under the item's file field, an accepted one is listed as a link to its download
 * and can be removed there. Another region's operator can do neither.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealisationEvidencePagesTest {

    private static final String SALATIGA = "33.73";
    private static final String OPERATOR = "op-evidence-pages-3373";
    private static final String OTHER = "op-evidence-pages-3371";
    private static final String PASSWORD = "Hati-Beriman-Salatiga-1917!";

    @Autowired
    MockMvc mvc;

    String page;
    long item;

    @BeforeAll
    void salatigasMasterplanWithAnItem(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Salatiga", "OPERATOR", SALATIGA, null));
        accounts.create(new NewAccount(OTHER, PASSWORD, "Operator Magelang", "OPERATOR", "33.71", null));
        page = mvc.perform(post("/wilayah/" + SALATIGA + "/masterplan")
                        .param("title", "Masterplan Smart City Kota Salatiga")
                        .param("startYear", "2020")
                        .param("endYear", "2024")
                        .with(as(OPERATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(page + "/butir")
                        .param("tahun", "2022")
                        .param("category", "POLICY")
                        .param("name", "Perwal Satu Data Kota Salatiga")
                        .param("unit", "dokumen")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("target-2022", "1")
                        .with(as(OPERATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Matcher row = Pattern.compile("id=\"item-(\\d+)\"").matcher(html(get(page + "?tahun=2022")));
        assertThat(row.find()).isTrue();
        item = Long.parseLong(row.group(1));
    }

    @Test
    void each_item_has_a_multipart_upload_form_with_its_csrf_token() throws Exception {
        String form = form(html(get(page + "?tahun=2022")));

        assertThat(form)
                .contains("enctype=\"multipart/form-data\"")
                .contains("action=\"" + page + "/butir/" + item + "/bukti\"")
                .contains("name=\"_csrf\"")
                .contains("type=\"file\" name=\"file\" id=\"file-" + item + "\"")
                .contains("name=\"tahun\" value=\"2022\"");
    }

    @Test
    void a_refused_file_is_explained_in_bahasa_indonesia_under_the_items_file_field() throws Exception {
        MvcResult refused = mvc.perform(upload("laporan.pdf", SampleFiles.TEXT))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("?tahun=2022#item-" + item);

        String form = form(after(refused));

        assertThat(form)
                .containsPattern("id=\"file-" + item + "\"[^>]*aria-describedby=\"error-file-" + item + "\"")
                .containsPattern("id=\"file-" + item + "\"[\\s\\S]*id=\"error-file-" + item + "\"")
                .contains("Hanya PDF, PNG, JPEG, dan dokumen perkantoran yang diterima (isi berkas ini: text/plain).");
    }

    @Test
    void an_accepted_file_is_listed_with_its_download_and_removed_on_the_page() throws Exception {
        MvcResult added = mvc.perform(upload("perwal-satu-data.pdf", SampleFiles.PDF))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String shown = after(added);
        assertThat(shown).contains("id=\"evidence-added-" + item + "\"").contains("Berkas bukti diunggah.");
        Matcher link = Pattern.compile(
                        "href=\"(/api/v1/masterplans/\\d+/evidence/([0-9a-f-]{36}))\"[^>]*>perwal-satu-data.pdf<")
                .matcher(shown);
        assertThat(link.find()).as("a link to the file's download").isTrue();
        mvc.perform(get(link.group(1)).with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(SampleFiles.PDF));

        MvcResult removed = mvc.perform(post(page + "/bukti/" + link.group(2) + "/hapus")
                        .param("tahun", "2022")
                        .param("butir", String.valueOf(item))
                        .with(as(OPERATOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(after(removed)).contains("Berkas bukti dihapus.").doesNotContain(link.group(2));
    }

    @Test
    void another_regions_operator_can_neither_upload_nor_remove() throws Exception {
        String file = Pattern.compile("/evidence/([0-9a-f-]{36})")
                .matcher(after(mvc.perform(upload("bukti.pdf", SampleFiles.PDF)).andReturn()))
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);

        int upload = mvc.perform(multipart(page + "/butir/" + item + "/bukti")
                        .file(new MockMultipartFile("file", "titipan.pdf", "application/pdf", SampleFiles.PDF))
                        .param("tahun", "2022")
                        .with(as(OTHER))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        int remove = mvc.perform(post(page + "/bukti/" + file + "/hapus")
                        .param("tahun", "2022")
                        .with(as(OTHER))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(upload).isIn(403, 404);
        assertThat(remove).isIn(403, 404);
        assertThat(html(get(page + "?tahun=2022"))).contains(file).doesNotContain("titipan.pdf");
    }

    private MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
        return multipart(page + "/butir/" + item + "/bukti")
                .file(new MockMultipartFile("file", name, "application/pdf", content))
                .param("tahun", "2022")
                .with(as(OPERATOR))
                .with(csrf());
    }

    /** The item's evidence upload form, from its opening tag to its end. */
    private String form(String html) {
        Matcher form = Pattern.compile("<form[^>]*id=\"evidence-form-" + item + "\"[\\s\\S]*?</form>")
                .matcher(html);
        assertThat(form.find()).as("the evidence form of item %s", item).isTrue();
        return form.group();
    }

    /** The page as the operator sees it. */
    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(OPERATOR)))
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
        return html(get(posted.getResponse().getRedirectedUrl().replaceFirst("#.*", ""))
                .cookie(cookies));
    }

    private static RequestPostProcessor as(String user) {
        return user(user).roles("OPERATOR");
    }
}
