package id.kotacerdas.web;

import static id.kotacerdas.web.Pages.admin;
import static id.kotacerdas.web.Pages.html;
import static id.kotacerdas.web.Pages.rowsOf;
import static id.kotacerdas.web.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestData;
import id.kotacerdas.support.TestYears;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The import page: uploading the published 2024 table (part A), confirming the one name that is only
 * similar, and the public pages that then show the result; a file that is no table is refused.
 */
@IntegrationTest
class ImportPagesTest {

    private static final int IMPORTED = TestYears.IMPORT_PAGES_IMPORTED;
    private static final int REFUSED = TestYears.IMPORT_PAGES_REFUSED;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};

    @Autowired
    MockMvc mvc;

    @Test
    void the_published_table_is_imported_after_confirming_the_suggested_bukittinggi() throws Exception {
        Pages.createPeriod(mvc, IMPORTED);

        String report = html(mvc.perform(upload(
                        IMPORTED,
                        new MockMultipartFile(
                                "file",
                                "national-2024-part-a.tsv",
                                "text/tab-separated-values",
                                TestData.bytes(TestData.NATIONAL_2024_PART_A))))
                .andExpect(status().isOk())
                .andExpect(view().name("scoring/import-report")));

        assertThat(textOf(report, "import-summary")).startsWith("69 dari 70 baris diimpor");
        String suggestion = Pages.find(report, "(<tr>\\s*<td>61</td>.*?</tr>)");
        assertThat(suggestion)
                .contains("KOTA BUKITINGGI")
                .contains("Kota Bukittinggi (13.75)")
                .containsPattern("<input type=\"checkbox\" name=\"line\" value=\"61\"")
                .contains("menunggu konfirmasi");

        String importId =
                Pages.find(report, "action=\"/admin/periode/" + IMPORTED + "/impor/([0-9a-f-]{36})/konfirmasi\"");
        String confirmed =
                html(mvc.perform(Pages.submit("/admin/periode/" + IMPORTED + "/impor/{id}/konfirmasi", importId)
                                .param("line", "61"))
                        .andExpect(status().isOk())
                        .andExpect(view().name("scoring/import-report")));
        assertThat(textOf(confirmed, "import-summary")).startsWith("70 dari 70 baris diimpor");

        String national = html(mvc.perform(get("/hasil/" + IMPORTED)).andExpect(status().isOk()));
        assertThat(rowsOf(national, "national-table")).isEqualTo(70);
        assertThat(national)
                .contains("70 dari 70 wilayah ditampilkan")
                .contains("href=\"/hasil/" + IMPORTED + "/13.75\"")
                .doesNotContain("Pratinjau untuk administrator");
        for (String file : List.of("national-results.xlsx", "national-results.csv", "open-data.zip")) {
            String link = "/api/v1/periods/" + IMPORTED + "/" + file;
            assertThat(national).contains("href=\"" + link + "\"");
            mvc.perform(get(link)).andExpect(status().isOk());
        }

        String region = html(mvc.perform(get("/hasil/" + IMPORTED + "/13.75")).andExpect(status().isOk()));
        assertThat(textOf(region, "region-name")).isEqualTo("Kota Bukittinggi");
        assertThat(textOf(region, "final-score")).isEqualTo("1,92");
    }

    @Test
    void a_file_that_is_no_table_is_refused_next_to_the_file_field_and_nothing_is_imported() throws Exception {
        Pages.createPeriod(mvc, REFUSED);

        String page =
                html(mvc.perform(upload(REFUSED, new MockMultipartFile("file", "logo.png", "image/png", PNG_MAGIC)))
                        .andExpect(status().isBadRequest())
                        .andExpect(view().name("scoring/import")));
        assertThat(textOf(page, "error-file")).contains("bukan tabel TSV, CSV, atau XLSX");

        String empty = html(
                mvc.perform(upload(REFUSED, new MockMultipartFile("file", "kosong.tsv", "text/plain", new byte[0])))
                        .andExpect(status().isBadRequest()));
        assertThat(textOf(empty, "error-file")).isEqualTo("Berkas kosong.");

        String national = html(mvc.perform(get("/hasil/" + REFUSED)).andExpect(status().isOk()));
        assertThat(national)
                .contains("Belum ada hasil untuk periode ini.")
                .contains("0 dari 0 wilayah ditampilkan")
                .doesNotContain("national-results.xlsx");
    }

    private static MockMultipartHttpServletRequestBuilder upload(int year, MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder request =
                multipart("/admin/periode/{year}/impor", year).file(file);
        request.with(admin()).with(csrf());
        return request;
    }
}
