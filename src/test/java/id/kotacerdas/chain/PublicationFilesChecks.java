package id.kotacerdas.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.DownloadedFiles;
import id.kotacerdas.support.PdfArchival;
import id.kotacerdas.support.PdfPages;
import id.kotacerdas.support.PdfText;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The publication files of Badung's period (issue 10): nobody but an administrator has them before the period is
 * PUBLISHED, and the administrator's are marked as drafts; once published, anyone gets the same figures as the
 * API: Badung's final 3.08 and its question 3 scored 3.6 by its five assessors; Badung's report prints its
 * dimension scores, its final and its assessors' findings under their names.
 */
final class PublicationFilesChecks {

    private static final List<String> FILES = List.of(
            "national-results.xlsx", "national-results.csv", "open-data.zip", "letter.pdf", "regions/51.03/report.pdf");

    /** Findings two of Badung's assessors write (assessor → kind:text); the report prints each under its author. */
    static final Map<String, String> FINDINGS = Map.of(
            "asr-b1", "KEKUATAN:Dewan Smart City dan Tim Pelaksana sudah ditetapkan dan berjalan",
            "asr-b4", "REKOMENDASI:Masterplan perlu diperbarui dan ditetapkan dengan Peraturan Bupati");

    private PublicationFilesChecks() {}

    static void onlyDraftsForAdministrators(MockMvc mvc, int year) throws Exception {
        for (String file : FILES) {
            mvc.perform(get(path(year, file)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("results.notPublished"));
            mvc.perform(get(path(year, file)).with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", containsString("-draf.")));
        }
        mvc.perform(get(path(year, "regions/51.03/report.pdf"))
                        .with(user("op-b-5103").roles("OPERATOR")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("results.notPublished"));
        String page = page(mvc, get("/hasil/" + year).with(user("admin").roles("ADMIN")));
        assertThat(page)
                .contains("/api/v1/periods/" + year + "/open-data.zip")
                .contains("Pratinjau untuk administrator");
    }

    static void publicWithBadungsFigures(MockMvc mvc, int year) throws Exception {
        String page = page(mvc, get("/hasil/" + year));
        assertThat(page)
                .contains("/api/v1/periods/" + year + "/national-results.xlsx")
                .doesNotContain("Pratinjau");
        assertThat(page(mvc, get("/hasil/" + year + "/51.03")))
                .as("the region page names the finalized assessment as the dimensions' source")
                .contains("Skor dimensi hasil finalisasi penilaian")
                .doesNotContain("Nilai dari tabel terbitan");
        byte[] xlsx = file(mvc, year, "national-results.xlsx");
        Map<String, Map<Integer, Row>> sheets = DownloadedFiles.sheets(xlsx);
        Map<Integer, Row> summary = sheets.get("Ringkasan");
        Row badung = summary.get(4);
        assertThat(badung.getCellText(1)).isEqualTo("51.03");
        int finalColumn = summary.get(3).stream()
                .filter(cell -> "Nilai Final".equals(cell.getText()))
                .findFirst()
                .orElseThrow()
                .getColumnIndex();
        assertThat(badung.getCell(finalColumn).asNumber()).as("final").isEqualByComparingTo("3.08");
        Row questions = sheets.get("Nilai Pertanyaan").get(3);
        assertThat(questions.getCell(4).asNumber()).as("question 3").isEqualByComparingTo("3.6");

        String csv = new String(file(mvc, year, "national-results.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(1))
                .startsWith("\"1\",\"51.03\",\"Kabupaten Badung\"")
                .contains("\"3.08\"");

        byte[] report = file(mvc, year, "regions/51.03/report.pdf");
        PdfPages.keep("laporan-badung", report);
        assertThat(PdfArchival.check(report)).as("pages").isGreaterThanOrEqualTo(10);
        String text = PdfText.of(report);
        assertThat(text)
                .contains("Kabupaten Badung", "Provinsi Bali")
                .contains("3,56", "2,73", "3,27", "3,18", "2,80")
                .contains("Nilai final", "3,08")
                .contains("Penilai asr-b1, Universitas Udayana", "Penilai asr-b4, Universitas Udayana")
                .doesNotContain("DRAF");
        assertThat(text.replaceAll("\\s+", " "))
                .as("the working names the finalized assessment, not a published table, as the dimensions' source")
                .contains("Skor dimensi hasil finalisasi penilaian")
                .doesNotContain("Nilai dari tabel terbitan");
        FINDINGS.values().forEach(f -> assertThat(text.replaceAll("\\s+", " ")).contains(f.split(":", 2)[1]));
        mvc.perform(get(path(year, "regions/52.01/report.pdf")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("result.notFound"));

        Map<String, byte[]> openData = DownloadedFiles.unzip(file(mvc, year, "open-data.zip"));
        assertThat(new String(openData.get("data/question_scores.csv"), StandardCharsets.UTF_8).lines())
                .hasSize(116)
                .contains("\"51.03\",\"3\",\"3.6\"");
    }

    private static byte[] file(MockMvc mvc, int year, String file) throws Exception {
        return mvc.perform(get(path(year, file)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", not(containsString("draf"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String path(int year, String file) {
        return "/api/v1/periods/" + year + "/" + file;
    }
}
