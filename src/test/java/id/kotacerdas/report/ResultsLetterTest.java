package id.kotacerdas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.scoring.ImportNationalResults;
import id.kotacerdas.scoring.ImportReport;
import id.kotacerdas.scoring.SuggestionAcceptance;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.PdfArchival;
import id.kotacerdas.support.PdfPages;
import id.kotacerdas.support.PdfText;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestYears;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The results letter: drafted from the period's data until an administrator writes it; printed as PDF/A with
 * Lampiran I naming the head of every participant once (Bupati for a kabupaten, Walikota for a kota), Lampiran II
 * the national table, and the participants without a result.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResultsLetterTest {

    private static final int YEAR = TestYears.RESULTS_LETTER;
    private static final String LETTER = "/api/v1/periods/" + YEAR + "/letter";
    private static final String HEADER = "NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tQUICK WINS\t"
            + "PROGRAM KOLABORASI\tNILAI FINAL\tTINGKAT IMPROVEMENT\tKET\n";
    private static final String WRITTEN = """
            {"number":"B-1478/DJAI/AI.01.02/11/2024","date":"2024-11-25","place":"Jakarta",
             "subject":"Pemberitahuan Hasil Evaluasi Smart City Tahap II","signatoryName":"Hokky Situngkir",
             "signatoryTitle":"Direktur Jenderal Aplikasi Informatika",
             "paragraphs":["Sehubungan dengan evaluasi tahap II.","Demikian surat ini kami sampaikan."]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    CreatePeriod periods;

    @Autowired
    ImportNationalResults importer;

    @Autowired
    AuditTrail audit;

    @BeforeAll
    void aPeriodWithFourParticipantsThreeOfThemScored() throws Exception {
        periods.create(YEAR, 2024, "test");
        for (String code : new String[] {"51.03", "33.72", "51.71", "12.06"}) {
            mvc.perform(put("/api/v1/periods/" + YEAR + "/participants/" + code)
                            .with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"track\":\"REGULER\"}"))
                    .andExpect(status().isOk());
        }
        ImportReport report = importer.importTable(
                YEAR,
                (HEADER + """
                        1\tKAB. BADUNG\t3,56\t2,73\t3,27\t3,18\t2,8\t\t3,08\t0,99\tREGULER
                        2\tKOTA DENPASAR\t2,84\t2,65\t3,53\t3,77\t3,63\t\t3,35\t0,1\tREGULER
                        3\tKOTA SURAKARTA\t3\t3\t3\t3\t3\t\t3\t\tREGULER
                        """).getBytes(StandardCharsets.UTF_8),
                "text/tab-separated-values",
                "table.tsv",
                SuggestionAcceptance.NONE,
                "test");
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    @Order(2)
    void lampiran_i_names_the_head_of_every_participant_once_and_no_one_else() throws Exception {
        String text = PdfText.of(pdf());

        String lampiranI = text.substring(text.indexOf("Lampiran I:"), text.indexOf("Lampiran II:"));
        assertThat(lampiranI).contains("(4 Kabupaten/Kota)");
        for (String head : new String[] {"Bupati Badung", "Walikota Surakarta", "Walikota Denpasar", "Bupati Karo"}) {
            assertThat(count(lampiranI, head)).as(head).isEqualTo(1);
        }
        String list = lampiranI.substring(lampiranI.indexOf('\n'));
        assertThat(list).doesNotContain("Banggai").doesNotContain("Kabupaten").doesNotContain("Kota ");
        String lampiranII = text.substring(text.indexOf("Lampiran II:"));
        assertThat(lampiranII).contains("Kabupaten Badung").contains("3,08").contains("Kota Denpasar");
        assertThat(text.substring(text.lastIndexOf("Tidak Dinilai"))).contains("Kabupaten Karo");
    }

    @Test
    @Order(1)
    void until_an_administrator_writes_it_the_letter_is_a_draft_from_the_period() throws Exception {
        mvc.perform(get(LETTER).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.drafted").value(true))
                .andExpect(jsonPath("$.subject")
                        .value(org.hamcrest.Matchers.containsString("Tahun " + YEAR + " untuk 4 Kabupaten/Kota")))
                .andExpect(jsonPath("$.paragraphs[1]")
                        .value(org.hamcrest.Matchers.startsWith("Dari 4 kabupaten/kota peserta evaluasi, 3")));
    }

    @Test
    @Order(3)
    void an_administrator_writes_the_letter_and_it_is_printed_as_written() throws Exception {
        mvc.perform(put(LETTER)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"));
        mvc.perform(put(LETTER)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(WRITTEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.drafted").value(false));

        String text = PdfText.of(pdf());
        assertThat(text)
                .contains("B-1478/DJAI/AI.01.02/11/2024")
                .contains("Jakarta, 25 November 2024")
                .contains("Sehubungan dengan evaluasi tahap II.")
                .contains("Hokky Situngkir");
        assertThat(audit.find(null, YEAR))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("RESULTS_LETTER_SAVED"));
    }

    @Test
    @Order(4)
    void the_letter_page_shows_a_refusal_next_to_its_field_and_saves_a_valid_letter() throws Exception {
        String page = "/admin/periode/" + YEAR + "/surat";
        mvc.perform(get(page).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        String refused = mvc.perform(letterForm(page, "B-1/" + YEAR, "", "Paragraf satu.\n\nParagraf dua."))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Wajib diisi, paling banyak 200 karakter.").contains("value=\"B-1/" + YEAR + "\"");
        mvc.perform(letterForm(page, "B-2/" + YEAR, "Nama Pejabat", "Paragraf satu.\r\n\r\nParagraf dua."))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(LETTER).with(admin()))
                .andExpect(jsonPath("$.number").value("B-2/" + YEAR))
                .andExpect(jsonPath("$.paragraphs.length()").value(2));
        mvc.perform(put(LETTER).contentType(MediaType.APPLICATION_JSON).content(WRITTEN))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @Order(5)
    void the_letter_is_pdf_a_with_its_fonts_embedded() throws Exception {
        byte[] pdf = pdf();
        assertThat(PdfArchival.check(pdf)).isGreaterThanOrEqualTo(3);
        List<Path> pages = PdfPages.keep("results-letter", pdf);
        if (!pages.isEmpty()) {
            assertThat(pages).hasSize(4);
        }
    }

    /** The letter page's form, signed in as an administrator, with these three fields and the rest valid. */
    private static MockHttpServletRequestBuilder letterForm(String page, String number, String signatory, String body) {
        return post(page)
                .with(user("admin").roles("ADMIN"))
                .with(csrf())
                .param("number", number)
                .param("date", YEAR + "-11-25")
                .param("place", "Jakarta")
                .param("subject", "Hasil")
                .param("signatoryName", signatory)
                .param("signatoryTitle", "Direktur Jenderal")
                .param("body", body);
    }

    private byte[] pdf() throws Exception {
        return mvc.perform(get(LETTER + ".pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what) + "(?![a-z])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }
}
