package id.kotacerdas.monitoring;

import static id.kotacerdas.monitoring.MasterplanWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.audit.AuditEntry;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kota Banjarmasin's operator imports its masterplan's items from a workbook: bad rows are refused row by row and
 * nothing is imported (or only the valid rows, when asked), the same file imported again changes nothing, and a file
 * that is no workbook is refused. Each test works in a masterplan of its own (a masterplan per start year).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterplanImportTest {

    static final String REGION = "63.71";
    static final String OPERATOR = "op-import-6371";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PASSWORD = "Pasar-terapung-Lok-Baintan-1526!";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @BeforeAll
    void banjarmasinsOperator(@Autowired ManageAccounts accounts) {
        account(accounts, OPERATOR, REGION);
    }

    /** The operator's account, created by the first test class that needs it (the classes share one database). */
    static void account(ManageAccounts accounts, String username, String region) {
        if (accounts.list().stream().noneMatch(a -> a.username().equals(username))) {
            accounts.create(new NewAccount(username, PASSWORD, "Operator " + region, "OPERATOR", region, null));
        }
    }

    @Test
    void bad_rows_are_refused_row_by_row_and_nothing_is_imported_unless_only_the_valid_rows_are_asked_for()
            throws Exception {
        long plan = masterplan(2024);
        byte[] file = xlsx(
                header(2024, "target 2030"),
                List.of("A-01", "POLICY", "GOVERNANCE", "", "Perwali SPBE", "dokumen", "HIGHER_IS_BETTER", "", 1),
                List.of("A-02", "POLICY", "", "", "Perwali data", "dokumen", "HIGHER_IS_BETTER", "", "lima"),
                List.of("A-03", "APPLICATION", "SPACE", "", "Aplikasi", "", "HIGHER_IS_BETTER"),
                List.of("A-04", "LITERACY", "", "", "Pelatihan", "", "HIGHER_IS_BETTER"),
                List.of("A-04", "LITERACY", "", "", "Pelatihan lagi", "", "HIGHER_IS_BETTER"),
                Arrays.asList("A-05", "POLICY", "", "PROGRAM", "Program", "", "HIGHER_IS_BETTER", "", null, null),
                Arrays.asList(
                        "A-06",
                        "POLICY",
                        "",
                        "",
                        "Kebijakan",
                        "",
                        "HIGHER_IS_BETTER",
                        "",
                        1,
                        null,
                        null,
                        null,
                        null,
                        3));
        long auditBefore = auditEntries(plan);

        JsonNode refused = importFile(plan, file, false);

        assertThat(refused.get("imported").asInt()).isZero();
        assertThat(refused.get("unchanged").asInt()).isZero();
        assertThat(rejections(refused))
                .containsExactly(
                        "3 target 2024 masterplan.import.notANumber",
                        "4 smart dimension masterplan.import.unknownValue",
                        "5 code masterplan.import.duplicateCode",
                        "6 code masterplan.import.duplicateCode",
                        "7 level masterplan.import.level",
                        "8 target 2030 masterplan.import.yearOutside");
        assertThat(refused.get("rejected").get(1).get("message").asString())
                .isEqualTo("Nilai tidak dikenal: SPACE. Lihat lembar nilai yang diizinkan.");
        assertThat(count("masterplan_item", plan)).isZero();
        assertThat(auditEntries(plan)).isEqualTo(auditBefore);

        JsonNode valid = importFile(plan, file, true);

        assertThat(valid.get("imported").asInt()).isEqualTo(1);
        assertThat(valid.get("rejected")).hasSize(6);
        assertThat(jdbc.sql("select code from masterplan_item where masterplan_id = ?")
                        .param(plan)
                        .query(String.class)
                        .list())
                .containsExactly("A-01");
    }

    @Test
    void importing_the_same_file_again_changes_nothing_and_audits_nothing() throws Exception {
        long plan = masterplan(2034);
        byte[] file = xlsx(
                header(2034),
                List.of(
                        "K-01",
                        "POLICY",
                        "GOVERNANCE",
                        "",
                        "Perwali SPBE",
                        "dokumen",
                        "HIGHER_IS_BETTER",
                        "Kominfo",
                        1,
                        2,
                        1,
                        "0,5",
                        2),
                List.of(
                        "K-02",
                        "ROADMAP",
                        "LIVING",
                        "PROGRAM",
                        "Puskesmas daring",
                        "layanan",
                        "HIGHER_IS_BETTER",
                        "",
                        10,
                        "12,5",
                        9),
                List.of("18.1", "ISO_37122", "", "", "", "%", "HIGHER_IS_BETTER", "", 60, 65));

        JsonNode first = importFile(plan, file, false);

        assertThat(first.get("imported").asInt()).isEqualTo(3);
        assertThat(first.get("rejected")).isEmpty();
        int items = count("masterplan_item", plan);
        int targets = count("masterplan_target", plan);
        int realisations = count("masterplan_realisation", plan);
        long audited = auditEntries(plan);
        assertThat(List.of(items, targets, realisations)).containsExactly(3, 6, 4);
        assertThat(audited).isEqualTo(3);

        JsonNode again = importFile(plan, file, false);

        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(List.of(count("masterplan_item", plan), count("masterplan_target", plan)))
                .containsExactly(items, targets);
        assertThat(count("masterplan_realisation", plan)).isEqualTo(realisations);
        assertThat(auditEntries(plan)).isEqualTo(audited);

        byte[] template = mvc.perform(
                        get("/api/v1/masterplans/" + plan + "/template.xlsx").with(operator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        JsonNode roundTrip = importFile(plan, template, false);
        assertThat(roundTrip.get("unchanged").asInt()).isEqualTo(3);
        assertThat(auditEntries(plan)).isEqualTo(audited);

        byte[] changed = xlsx(
                header(2034),
                List.of(
                        "K-01",
                        "POLICY",
                        "GOVERNANCE",
                        "",
                        "Perwali SPBE",
                        "dokumen",
                        "HIGHER_IS_BETTER",
                        "Kominfo",
                        1,
                        3));
        JsonNode update = importFile(plan, changed, false);

        assertThat(update.get("imported").asInt()).isEqualTo(1);
        assertThat(count("masterplan_realisation", plan)).isEqualTo(realisations);
        assertThat(audit.find(REGION, null))
                .filteredOn(e -> e.subject().startsWith("masterplan " + plan + " "))
                .first()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("MASTERPLAN_ITEM_UPDATED");
                    assertThat(e.oldValue()).isEqualTo("target 2035: 2");
                    assertThat(e.newValue()).isEqualTo("target 2035: 3");
                });
    }

    @Test
    void an_item_added_without_a_code_is_given_the_code_of_the_row_with_its_category_and_name() throws Exception {
        long plan = masterplan(2004);
        mvc.perform(
                        post("/api/v1/masterplans/" + plan + "/items")
                                .with(operator())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"category\":\"POLICY\",\"name\":\"Perwali SPBE\",\"direction\":\"HIGHER_IS_BETTER\"}"))
                .andExpect(status().isCreated());

        JsonNode result = importFile(
                plan,
                xlsx(header(2004), List.of("P-1", "POLICY", "", "", "Perwali SPBE", "", "HIGHER_IS_BETTER", "", 1)),
                false);

        assertThat(result.get("imported").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select code from masterplan_item where masterplan_id = ?")
                        .param(plan)
                        .query(String.class)
                        .list())
                .containsExactly("P-1");
    }

    @Test
    void a_file_that_is_not_an_xlsx_workbook_is_refused_by_its_content() throws Exception {
        long plan = masterplan(2027);
        for (byte[] content : List.of(
                "%PDF-1.4\n%%EOF".getBytes(), MasterplanWorkbooks.docx(), "code,category\nA,POLICY\n".getBytes())) {
            mvc.perform(upload(plan, content).with(operator()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("masterplan.import.notXlsx"))
                    .andExpect(jsonPath("$.field").value("file"));
        }
        assertThat(count("masterplan_item", plan)).isZero();
    }

    @Test
    void items_take_an_optional_code_unique_in_the_masterplan() throws Exception {
        long plan = masterplan(2014);
        String item = "{\"code\":\"%s\",\"category\":\"POLICY\",\"name\":\"x\",\"direction\":\"HIGHER_IS_BETTER\"}";
        mvc.perform(json(post("/api/v1/masterplans/" + plan + "/items"), item.formatted("K.1")))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/masterplans/" + plan + "/items"), item.formatted("K.1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("masterplan.item.codeTaken"));
        mvc.perform(json(post("/api/v1/masterplans/" + plan + "/items"), item.formatted("=K 1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("code"));
    }

    @Test
    void a_realisation_of_a_period_whose_report_is_saved_needs_a_reason(@Autowired MonitoringReports reports)
            throws Exception {
        long plan = masterplan(2011);
        importFile(
                plan,
                xlsx(header(2011), List.of("R-1", "POLICY", "", "", "x", "", "HIGHER_IS_BETTER", "", 1, 1, 1)),
                false);
        reports.save(plan, 2011, null, List.of("Kesimpulan"), null, TestActors.operator(OPERATOR, REGION));
        byte[] corrected =
                xlsx(header(2011), List.of("R-1", "POLICY", "", "", "x", "", "HIGHER_IS_BETTER", "", 1, 1, 2));

        assertThat(rejections(importFile(plan, corrected, false)))
                .containsExactly("2 realisation 2011 masterplan.import.periodReported");
        String withReason = mvc.perform(
                        upload(plan, corrected).param("reason", "salah ketik").with(operator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonMapper.shared().readTree(withReason).get("imported").asInt())
                .isEqualTo(1);
        assertThat(audit.find(REGION, null).get(0).newValue()).isEqualTo("realisation 2011: 2 (salah ketik)");

        byte[] retargeted =
                xlsx(header(2011), List.of("R-1", "POLICY", "", "", "x", "", "HIGHER_IS_BETTER", "", 3, 1, 2));
        assertThat(rejections(importFile(plan, retargeted, false)))
                .containsExactly("2 target 2011 masterplan.import.periodReported");
    }

    @Test
    void an_import_makes_the_ministrys_view_forget_the_masterplans_summary() throws Exception {
        long plan = masterplan(2029);
        String view = "/api/v1/masterplan-monitoring?year=2029";
        String line = "$.regions[?(@.masterplan == " + plan + ")]";
        mvc.perform(get(view).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(line + ".planned").value(0));

        importFile(
                plan,
                xlsx(header(2029), List.of("N-1", "POLICY", "", "", "x", "", "HIGHER_IS_BETTER", "", 1, "", 1)),
                false);

        mvc.perform(get(view).with(user("admin").roles("ADMIN")))
                .andExpect(jsonPath(line + ".planned").value(1))
                .andExpect(jsonPath(line + ".met").value(1));
    }

    /** The masterplan's header: the words, each year's target, the first year's realisation, S1 and S2 of the next. */
    static List<Object> header(int start, String... more) {
        List<Object> header = new java.util.ArrayList<>(List.of(
                "code",
                "category",
                "smart dimension",
                "level",
                "name",
                "unit",
                "direction",
                "responsible agency",
                "target " + start,
                "target " + (start + 1),
                "realisation " + start,
                "S1 " + (start + 1),
                "S2 " + (start + 1)));
        header.addAll(List.of((Object[]) more));
        return header;
    }

    long masterplan(int start) throws Exception {
        String body = mvc.perform(
                        json(post("/api/v1/regions/" + REGION + "/masterplans"), """
                        {"title":"Masterplan Smart City Kota Banjarmasin","startYear":%d,"endYear":%d}""".formatted(start, start + 4)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }

    JsonNode importFile(long plan, byte[] file, boolean validRowsOnly) throws Exception {
        String body = mvc.perform(upload(plan, file)
                        .param("validRowsOnly", String.valueOf(validRowsOnly))
                        .with(operator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(body);
    }

    static MockMultipartHttpServletRequestBuilder upload(long plan, byte[] content) {
        return multipart("/api/v1/masterplans/" + plan + "/import")
                .file(new MockMultipartFile("file", "butir.xlsx", XLSX, content));
    }

    static List<String> rejections(JsonNode result) {
        return result.get("rejected")
                .valueStream()
                .map(r -> r.get("row").asInt() + " " + r.get("column").asString() + " "
                        + r.get("code").asString())
                .toList();
    }

    int count(String table, long plan) {
        String sql = table.equals("masterplan_item")
                ? "select count(*) from masterplan_item where masterplan_id = ?"
                : "select count(*) from " + table + " t join masterplan_item i on i.id = t.item_id"
                        + " where i.masterplan_id = ?";
        return jdbc.sql(sql).param(plan).query(Integer.class).single();
    }

    long auditEntries(long plan) {
        return audit.find(REGION, null).stream()
                .map(AuditEntry::subject)
                .filter(s -> s != null && s.startsWith("masterplan " + plan + " "))
                .count();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(operator()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor operator() {
        return user(OPERATOR).roles("OPERATOR");
    }
}
