package id.kotacerdas.survey;

import static id.kotacerdas.survey.SurveyFixture.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The citizen pages without JavaScript, the staff pages, exports and QR codes. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyPagesTest {

    private static final int YEAR = TestYears.SURVEY_PAGES;
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void open(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired ManageSurvey manage,
            @Autowired MovePeriod move,
            @Autowired FormTokens tokens,
            @Autowired ManageAccounts accounts) {
        SurveyFixture.openSurvey(YEAR, 50, periods, participants, manage, move, tokens, "51.03", "51.71");
        accounts.create(new NewAccount("op-survey-5103", PASSWORD, "Made Operator", "OPERATOR", "51.03", null));
        accounts.create(new NewAccount("op-survey-5171", PASSWORD, "Nyoman Operator", "OPERATOR", "51.71", null));
        accounts.create(new NewAccount("enum-survey-5103", PASSWORD, "Wayan Petugas", "ENUMERATOR", "51.03", null));
    }

    @Test
    void an_enumerator_types_in_paper_forms_and_the_ministry_sees_and_quarantines_them() throws Exception {
        mvc.perform(get("/wilayah/survei-isian").with(user("enum-survey-5103").roles("ENUMERATOR")))
                .andExpect(redirectedUrlPattern("/wilayah/20??/51.03/survei/isian"));
        String page = mvc.perform(get("/wilayah/" + YEAR + "/51.03/survei/isian")
                        .param("dimension", "BRANDING")
                        .with(user("enum-survey-5103").roles("ENUMERATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"q59\"", "name=\"source\"", "Formulir kertas");
        mvc.perform(get("/wilayah/" + YEAR + "/51.71/survei/isian")
                        .with(user("enum-survey-5103").roles("ENUMERATOR")))
                .andExpect(status().isForbidden());

        MockHttpServletRequestBuilder incomplete = post("/wilayah/" + YEAR + "/51.03/survei/isian")
                .with(csrf())
                .with(user("enum-survey-5103").roles("ENUMERATOR"))
                .param("idempotencyKey", UUID.randomUUID().toString())
                .param("dimension", "BRANDING")
                .param("source", "COUNTER")
                .param("q59", "2");
        assertThat(mvc.perform(incomplete)
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"q60-error\"");
        MockHttpServletRequestBuilder complete = post("/wilayah/" + YEAR + "/51.03/survei/isian")
                .with(csrf())
                .with(user("enum-survey-5103").roles("ENUMERATOR"))
                .param("idempotencyKey", UUID.randomUUID().toString())
                .param("dimension", "BRANDING")
                .param("source", "COUNTER");
        for (int no = 59; no <= 67; no++) {
            complete.param("q" + no, String.valueOf(1 + no % 4));
        }
        mvc.perform(complete).andExpect(redirectedUrl("/wilayah/" + YEAR + "/51.03/survei/isian?dimension=BRANDING"));

        String nation = mvc.perform(
                        get("/admin/periode/" + YEAR + "/survei/integritas").with(adminUser()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(nation).contains("id=\"integrity-51.03\"");
        mvc.perform(post("/admin/periode/" + YEAR + "/survei/integritas/51.03/karantina")
                        .with(csrf())
                        .with(adminUser())
                        .param("source", "COUNTER")
                        .param("dimension", "BRANDING")
                        .param("reason", "Loket belum terdaftar"))
                .andExpect(redirectedUrl("/admin/periode/" + YEAR + "/survei/integritas/51.03"));
        String region = mvc.perform(get("/admin/periode/" + YEAR + "/survei/integritas/51.03")
                        .with(adminUser()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(region).contains("Loket layanan: 1", "Loket belum terdaftar", "id=\"quarantine-form\"");
    }

    @Test
    void the_short_link_leads_to_a_small_page_listing_the_six_smart_dimensions() throws Exception {
        // the latest open period 51.03 takes part in (other tests open later ones)
        mvc.perform(get("/s/51.03")).andExpect(redirectedUrlPattern("/survei/20??/51.03"));
        mvc.perform(get("/s/99.99")).andExpect(status().isNotFound());
        String page = mvc.perform(get("/survei/" + YEAR + "/51.03"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        byte[] css = mvc.perform(get("/static/css/survey.css"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(page)
                .contains("Kabupaten Badung", "Smart Governance", "Smart Environment")
                .doesNotContain("<script");
        assertThat(page.getBytes().length + css.length).isLessThan(30_000);
        MvcResult shown = mvc.perform(get("/survei/" + YEAR + "/51.03/GOVERNANCE"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        // no session for an anonymous form: nothing kept on the server per visitor
        assertThat(shown.getRequest().getSession(false)).isNull();
        String form = shown.getResponse().getContentAsString();
        assertThat(form).contains("name=\"formToken\"").doesNotContain("name=\"_csrf\"");
        assertThat(form)
                .contains("name=\"q50\"", "name=\"q58\"", "Sangat tidak setuju", "name=\"website\"")
                .doesNotContain("name=\"q59\"");
        assertThat(form.getBytes().length + css.length).isLessThan(100_000);
    }

    @Test
    void a_citizen_submits_the_form_and_a_missing_answer_is_shown_next_to_its_statement() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = SurveyFixture.token(YEAR, "51.71");
        MockHttpServletRequestBuilder incomplete = post("/survei/" + YEAR + "/51.71/GOVERNANCE")
                .param("idempotencyKey", key)
                .param("formToken", token)
                .param("q50", "4")
                .param("q51", "3");
        String refused = mvc.perform(incomplete)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"q52-error\"", "Pilih salah satu jawaban untuk pernyataan ini.");
        assertThat(refused).containsPattern("name=\"q50\" value=\"4\"[^>]*checked");

        MockHttpServletRequestBuilder complete = post("/survei/" + YEAR + "/51.71/GOVERNANCE")
                .param("idempotencyKey", key)
                .param("formToken", token)
                .param("comment", "=HYPERLINK(\"http://x\") <script>alert(1)</script>");
        for (int no = 50; no <= 58; no++) {
            complete.param("q" + no, String.valueOf(1 + no % 4));
        }
        mvc.perform(complete).andExpect(redirectedUrl("/survei/" + YEAR + "/51.71/terima-kasih"));
        mvc.perform(complete).andExpect(redirectedUrl("/survei/" + YEAR + "/51.71/terima-kasih"));

        String staff = mvc.perform(get("/wilayah/" + YEAR + "/51.71/survei").with(operator("op-survey-5171")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(staff).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(staff).contains("1/50");
        // the operator follows the progress; the means wait for the published results
        assertThat(staff).contains("id=\"means-hidden\"");

        String csv = mvc.perform(get("/api/v1/periods/" + YEAR + "/regions/51.71/survey-responses.csv")
                        .with(httpBasic("op-survey-5171", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\"no\",\"submitted_wib\",\"dimension\",\"q50\",");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")");
        byte[] xlsx = mvc.perform(get("/api/v1/periods/" + YEAR + "/regions/51.71/survey-responses.xlsx")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(2)).isEqualTo("GOVERNANCE");
            assertThat(rows.get(1).getCellText(rows.get(1).getCellCount() - 1)).startsWith("'=HYPERLINK");
        }
    }

    @Test
    void operators_manage_their_own_region_only_and_get_qr_codes() throws Exception {
        mvc.perform(get("/wilayah/" + YEAR + "/51.03/survei").with(operator("op-survey-5171")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/wilayah/" + YEAR + "/51.03/survei/status")
                        .with(csrf())
                        .with(operator("op-survey-5171"))
                        .param("open", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/wilayah/" + YEAR + "/51.03/survei")).andExpect(status().is3xxRedirection());

        byte[] png = mvc.perform(get("/api/v1/periods/" + YEAR + "/regions/51.03/survey-qr.png")
                        .with(httpBasic("op-survey-5103", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        String svg = mvc.perform(get("/api/v1/periods/" + YEAR + "/regions/51.03/survey-qr.svg")
                        .with(httpBasic("op-survey-5103", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(svg).startsWith("<svg").contains("<path");

        // before the quota, the region's operator may not close its own survey; an administrator may, with a reason
        mvc.perform(post("/wilayah/" + YEAR + "/51.03/survei/status")
                        .with(csrf())
                        .with(operator("op-survey-5103"))
                        .param("open", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/wilayah/" + YEAR + "/51.03/survei/status")
                        .with(csrf())
                        .with(adminUser())
                        .param("open", "false")
                        .param("reason", "Periode survei dihentikan karena bencana"))
                .andExpect(redirectedUrl("/wilayah/" + YEAR + "/51.03/survei"));
        assertThat(mvc.perform(get("/survei/" + YEAR + "/51.03"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("sedang tidak dibuka");
        mvc.perform(post("/wilayah/" + YEAR + "/51.03/survei/status")
                        .with(csrf())
                        .with(operator("op-survey-5103"))
                        .param("open", "true"))
                .andExpect(redirectedUrl("/wilayah/" + YEAR + "/51.03/survei"));
    }

    @Test
    void administrators_set_the_quota_and_see_every_region() throws Exception {
        mvc.perform(post("/admin/periode/" + YEAR + "/survei/kuota")
                        .with(csrf())
                        .with(adminUser())
                        .param("quota", "0"))
                .andExpect(status().isBadRequest());
        String page = mvc.perform(get("/admin/periode/" + YEAR + "/survei").with(adminUser()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"nation-51.03\"", "id=\"nation-51.71\"", "value=\"50\"");
        mvc.perform(post("/admin/periode/" + YEAR + "/survei/pernyataan/50")
                        .with(csrf())
                        .with(adminUser())
                        .param("textId", "Diubah"))
                .andExpect(status().isConflict());
    }

    private static RequestPostProcessor operator(String username) {
        return user(username).roles("OPERATOR");
    }

    private static RequestPostProcessor adminUser() {
        return user(SurveyFixture.ADMIN).roles("ADMIN");
    }
}
