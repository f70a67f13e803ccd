package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.DownloadedFiles;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.PdfArchival;
import id.kotacerdas.support.PdfPages;
import id.kotacerdas.support.PdfText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kabupaten Kebumen's operator enters a small masterplan through the API (policies met, not met and not known yet,
 * one named like a formula; goal indicators higher and lower is better; branding and governance programmes) and
 * downloads its 2022 monitoring as PDF/A and as a workbook. Another region's operator and anonymous callers get a
 * problem, never a byte of the file.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringFilesTest {

    private static final String KEBUMEN = "33.05";
    private static final String OPERATOR = "op-monitoring-files-3305";
    private static final String OTHER_OPERATOR = "op-monitoring-files-3578";
    private static final String FORMULA = "=SUM(A1)";
    private static final String POLICY_UNKNOWN =
            "Dari sebanyak 3 kebijakan smart city yang direncanakan, sebanyak 1 kebijakan telah tercapai, sebanyak 1"
                    + " kebijakan belum tercapai dan sebanyak 1 kebijakan belum diketahui capaiannya.";
    private static final String NOT_PLANNED = "Peraturan Bupati tentang kota cerdas 2023";
    private static final String BRANDING =
            "Implementasi roadmap dimensi Smart Branding mencapai 85,71% (6 dari 7 program tercapai).";

    @Autowired
    MockMvc mvc;

    long plan;

    @BeforeAll
    void kebumensMasterplanWithIts2022Realisations(@Autowired ManageAccounts accounts) throws Exception {
        String password = "Kebumen-Beriman-2022!";
        accounts.create(new NewAccount(OPERATOR, password, "Operator Kebumen", "OPERATOR", KEBUMEN, null));
        accounts.create(new NewAccount(OTHER_OPERATOR, password, "Operator Surabaya", "OPERATOR", "35.78", null));
        plan = id(call(post("/api/v1/regions/" + KEBUMEN + "/masterplans"), """
                {"title":"Masterplan Smart City Kabupaten Kebumen 2019-2023","startYear":2019,"endYear":2023,
                 "legalBasis":"Peraturan Bupati Kebumen Nomor 45 Tahun 2019","vision":"Kebumen cerdas"}"""));
        item("POLICY", null, null, "Peraturan Bupati tentang SPBE", "dokumen", "HIGHER_IS_BETTER", "1", "1");
        item("POLICY", null, null, "Peraturan Bupati tentang Satu Data", "dokumen", "HIGHER_IS_BETTER", "1", "0");
        item("POLICY", null, null, FORMULA, "dokumen", "HIGHER_IS_BETTER", "2", null);
        item("GOAL_INDICATOR", null, null, "Cakupan internet desa", "%", "HIGHER_IS_BETTER", "85.5", "90.25");
        item("GOAL_INDICATOR", null, null, "Waktu layanan perizinan", "hari", "LOWER_IS_BETTER", "3", "4");
        for (int i = 1; i <= 7; i++) {
            item(
                    "ROADMAP",
                    "BRANDING",
                    "PROGRAM",
                    "Program branding " + i,
                    "kegiatan",
                    "HIGHER_IS_BETTER",
                    "1",
                    i <= 6 ? "1" : "0");
        }
        for (int i = 1; i <= 2; i++) {
            item(
                    "ROADMAP",
                    "GOVERNANCE",
                    "PROGRAM",
                    "Program tata kelola " + i,
                    "kegiatan",
                    "HIGHER_IS_BETTER",
                    "1",
                    "1");
        }
        call(post("/api/v1/masterplans/" + plan + "/items"), """
                {"category":"POLICY","name":"%s","unit":"dokumen","direction":"HIGHER_IS_BETTER",
                 "targets":{"2023":1}}""".formatted(NOT_PLANNED));
    }

    @Test
    void the_pdf_is_pdf_a_with_the_region_the_counts_the_items_and_the_conclusions() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(monitoring("pdf")).with(user(OPERATOR).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"monitoring-33.05-2022.pdf\""))
                .andReturn()
                .getResponse();
        byte[] pdf = response.getContentAsByteArray();

        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Laporan Monitoring Masterplan Smart City")
                .contains("Kabupaten Kebumen")
                .contains("Masterplan Smart City Kabupaten Kebumen 2019-2023")
                .contains("Masa berlaku 2019–2023")
                .contains("Dasar hukum: Peraturan Bupati Kebumen Nomor 45 Tahun 2019")
                .contains("Monitoring tahun 2022")
                .contains("Kebijakan 3 1 1 1 50,00")
                .contains("Indikator tujuan 2 1 1 0 90,28")
                .contains("Roadmap 9 8 1 0 88,89")
                .contains("Smart Branding 7 6 85,71")
                .contains("Peraturan Bupati tentang SPBE dokumen Makin tinggi makin baik 1 1 100,00 Tercapai")
                .contains("Cakupan internet desa % Makin tinggi makin baik 85,5 90,25 105,56 Tercapai")
                .contains("Waktu layanan perizinan hari Makin rendah makin baik 3 4 75,00 Belum tercapai")
                .contains(FORMULA + " dokumen Makin tinggi makin baik 2 - - Belum diketahui")
                .contains(POLICY_UNKNOWN)
                .contains(BRANDING)
                .contains("Draf: kesimpulan disusun dari angka di atas")
                .doesNotContain(NOT_PLANNED);
        assertThat(PdfArchival.check(pdf)).isGreaterThanOrEqualTo(3);
        List<Path> pages = PdfPages.keep("monitoring-33.05-2022", pdf);
        if (!pages.isEmpty()) {
            assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void the_workbook_keeps_numbers_as_numbers_and_escapes_the_item_named_like_a_formula() throws Exception {
        byte[] xlsx = mvc.perform(get(monitoring("xlsx")).with(user(OPERATOR).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(
                        header().string("Content-Disposition", "attachment; filename=\"monitoring-33.05-2022.xlsx\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        Map<String, Map<Integer, Row>> sheets = DownloadedFiles.sheets(xlsx);
        assertThat(sheets).containsOnlyKeys("Ringkasan", "Butir", "Kesimpulan");
        Map<Integer, Row> summary = sheets.get("Ringkasan");
        assertThat(summary.get(3).getCellText(0)).isEqualTo("Kabupaten Kebumen");
        Row policies = summary.get(8);
        assertThat(policies.getCellText(0)).isEqualTo("Kebijakan");
        assertThat(policies.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(policies.getCell(1).asNumber()).isEqualByComparingTo("3");
        assertThat(policies.getCell(4).asNumber()).isEqualByComparingTo("1");
        assertThat(policies.getCell(5).asNumber()).isEqualByComparingTo("50.00");
        assertThat(summary.values()).anySatisfy(row -> {
            assertThat(row.getCellText(0)).isEqualTo("Smart Branding");
            assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("85.71");
        });

        List<Row> items = sheets.get("Butir").values().stream().toList();
        Row formula = items.stream()
                .filter(r -> r.getCellText(3).equals("'" + FORMULA))
                .findFirst()
                .orElseThrow();
        assertThat(formula.getCell(3).getType()).isEqualTo(CellType.STRING);
        assertThat(formula.getCell(6).asNumber()).isEqualByComparingTo("2");
        assertThat(formula.getCellText(9)).isEqualTo("Belum diketahui");
        Row internet = items.stream()
                .filter(r -> r.getCellText(3).equals("Cakupan internet desa"))
                .findFirst()
                .orElseThrow();
        assertThat(Stream.of(6, 7, 8).map(c -> internet.getCell(c).getType())).containsOnly(CellType.NUMBER);
        assertThat(internet.getCell(6).asNumber()).isEqualByComparingTo("85.5");
        assertThat(internet.getCell(7).asNumber()).isEqualByComparingTo("90.25");
        assertThat(internet.getCell(8).asNumber()).isEqualByComparingTo("105.56");
        assertThat(internet.getCellText(9)).isEqualTo("Tercapai");
        assertThat(items).noneMatch(r -> r.getCellText(3).equals(NOT_PLANNED));
        assertThat(sheets.values())
                .allSatisfy(sheet -> sheet.values()
                        .forEach(row -> row.forEach(cell -> {
                            if (cell != null) {
                                assertThat(cell.getFormula())
                                        .as("no cell holds a formula")
                                        .isNull();
                            }
                        })));

        assertThat(sheets.get("Kesimpulan").values())
                .extracting(r -> r.getCellText(0))
                .contains(POLICY_UNKNOWN, BRANDING);
    }

    @Test
    void a_saved_report_is_printed_with_its_conclusions_as_edited_and_its_version() throws Exception {
        call(put("/api/v1/masterplans/" + plan + "/monitoring-reports/2022?semester=2"), """
                {"conclusions":["Kesimpulan semester 2 sebagaimana disunting operator."]}""");

        byte[] pdf = mvc.perform(get("/api/v1/masterplans/" + plan + "/monitoring.pdf?year=2022&semester=2")
                        .with(user(OPERATOR).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(
                        header().string("Content-Disposition", "attachment; filename=\"monitoring-33.05-2022-s2.pdf\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(PdfText.of(pdf).replaceAll("\\s+", " "))
                .contains("Monitoring semester 2 tahun 2022")
                .contains("Kesimpulan semester 2 sebagaimana disunting operator.")
                .contains("Laporan versi 1, disimpan oleh " + OPERATOR + " pada ")
                .doesNotContain(POLICY_UNKNOWN)
                .doesNotContain("Draf:");
    }

    @Test
    void a_semesters_file_is_named_for_it() throws Exception {
        mvc.perform(get("/api/v1/masterplans/" + plan + "/monitoring.xlsx?year=2022&semester=1")
                        .with(user(OPERATOR).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"monitoring-33.05-2022-s1.xlsx\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "xlsx"})
    void another_regions_operator_and_an_anonymous_caller_get_a_problem_and_no_byte_of_the_file(String type)
            throws Exception {
        MockHttpServletResponse refused = mvc.perform(
                        get(monitoring(type)).with(user(OTHER_OPERATOR).roles("OPERATOR")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isIn(403, 404);
        assertThat(refused.getContentAsString()).doesNotContain("%PDF").doesNotStartWith("PK");

        MockHttpServletResponse anonymous = mvc.perform(get(monitoring(type)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andReturn()
                .getResponse();
        assertThat(anonymous.getContentAsString()).doesNotContain("%PDF").doesNotStartWith("PK");
    }

    private String monitoring(String type) {
        return "/api/v1/masterplans/" + plan + "/monitoring." + type + "?year=2022";
    }

    private void item(
            String category,
            String dimension,
            String level,
            String name,
            String unit,
            String direction,
            String target,
            String realised)
            throws Exception {
        String body = JsonMapper.shared()
                .writeValueAsString(Map.of(
                        "category", category,
                        "smartDimension", dimension == null ? "" : dimension,
                        "level", level == null ? "" : level,
                        "name", name,
                        "unit", unit,
                        "direction", direction,
                        "targets", Map.of("2022", new BigDecimal(target))));
        long item = id(call(post("/api/v1/masterplans/" + plan + "/items"), body));
        if (realised != null) {
            call(
                    put("/api/v1/masterplans/" + plan + "/items/" + item + "/realisations/2022"),
                    "{\"value\":" + realised + "}");
        }
    }

    private String call(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(OPERATOR).roles("OPERATOR")))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static long id(String body) {
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }
}
