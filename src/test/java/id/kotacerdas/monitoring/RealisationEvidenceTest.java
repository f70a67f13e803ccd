package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.DownloadedFiles;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import id.kotacerdas.support.TestAccounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kota Magelang's operator attaches the evidence of its 2022 realisations through the API: files are checked by
 * their content as a self-assessment's evidence is, kept in the evidence store and given back byte for byte as
 * attachments; a file of a period whose report is saved is removed only with a reason; a masterplan's evidence
 * stays within its quota. Every call refuses another region's operator and anonymous callers
 * ({@link MasterplanApiTest}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealisationEvidenceTest {

    private static final String MAGELANG = "33.71";
    private static final String OPERATOR = "op-evidence-3371";
    private static final String OTHER_OPERATOR = "op-evidence-3373";
    private static final String PASSWORD = "Gunung-Tidar-Magelang-1906!";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    long plan;
    long item;
    long otherItem;

    @BeforeAll
    void magelangsMasterplanWithTwoItems(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Magelang", "OPERATOR", MAGELANG, null));
        accounts.create(new NewAccount(OTHER_OPERATOR, PASSWORD, "Operator Salatiga", "OPERATOR", "33.73", null));
        plan = masterplan(2021);
        item = item(plan, "Perwal Kota Cerdas Magelang");
        otherItem = item(plan, "Aplikasi layanan terpadu");
    }

    @Test
    void a_pdf_and_a_png_are_stored_listed_and_downloaded_byte_for_byte() throws Exception {
        long item = item(plan, "Perwal Satu Data");
        ResultActions created = upload(item, 2022, null, "perwal-satu-data.pdf", "application/pdf", SampleFiles.PDF);
        String pdf = id(created.andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("perwal-satu-data.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(SampleFiles.PDF.length))
                .andExpect(jsonPath("$.item").value(item))
                .andExpect(jsonPath("$.year").value(2022))
                .andExpect(jsonPath("$.semester").doesNotExist())
                .andExpect(jsonPath("$.uploadedBy").value(OPERATOR))
                .andExpect(jsonPath("$.uploadedAt").isNotEmpty()));
        created.andExpect(header().string("Location", "/api/v1/masterplans/" + plan + "/evidence/" + pdf));
        String png = id(upload(item, 2022, 1, "foto-peluncuran.png", "image/png", SampleFiles.PNG)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.semester").value(1)));

        assertThat(ids(item, 2022, null)).containsExactlyInAnyOrder(pdf, png);
        assertThat(ids(item, 2022, 1)).containsExactly(png);
        assertThat(ids(otherItem, 2022, null)).doesNotContain(pdf, png);

        assertThat(download(pdf, "application/pdf", "perwal-satu-data.pdf")).isEqualTo(SampleFiles.PDF);
        assertThat(download(png, "image/png", "foto-peluncuran.png")).isEqualTo(SampleFiles.PNG);
        byte[] stored = jdbc.sql("select content from evidence_content where stored_name = ?")
                .param("masterplan/" + pdf)
                .query(byte[].class)
                .single();
        assertThat(stored).as("kept in the shared evidence store").isEqualTo(SampleFiles.PDF);
        assertThat(audit.find(MAGELANG, null))
                .anySatisfy(e -> assertThat(e.action() + " " + e.newValue())
                        .isEqualTo("MASTERPLAN_EVIDENCE_ADDED perwal-satu-data.pdf (" + pdf + ")"));
    }

    @Test
    void removing_an_item_removes_its_files_and_their_content() throws Exception {
        long mistake = item(plan, "Perwal yang tertukar");
        String pdf = id(upload(mistake, 2023, null, "perwal.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(status().isCreated()));

        mvc.perform(delete("/api/v1/masterplans/" + plan + "/items/" + mistake).with(as(OPERATOR)))
                .andExpect(status().isNoContent());

        assertThat(jdbc.sql("select count(*) from evidence_content where stored_name = ?")
                        .param("masterplan/" + pdf)
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(get("/api/v1/masterplans/" + plan + "/evidence/" + pdf).with(as(OPERATOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_file_is_judged_by_its_content_its_size_and_its_name() throws Exception {
        refused("laporan.pdf", "application/pdf", SampleFiles.TEXT)
                .andExpect(jsonPath("$.code").value("evidence.type"));
        refused("laporan.docm", "application/vnd.ms-word.document.macroEnabled.12", SampleFiles.docm())
                .andExpect(jsonPath("$.code").value("evidence.macros"));
        refused("besar.pdf", "application/pdf", SampleFiles.pdfOfSize(5 * 1024 * 1024 + 1))
                .andExpect(jsonPath("$.code").value("evidence.tooLarge"));
        refused("../../etc/passwd.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(jsonPath("$.code").value("evidence.name.path"))
                .andExpect(jsonPath("$.field").value("file"));
        refused("C:\\laporan\\bukti.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(jsonPath("$.code").value("evidence.name.path"));
        upload(
                        item,
                        2022,
                        null,
                        "laporan.docx",
                        "application/octet-stream",
                        SampleFiles.office(SampleFiles.WORD_MAIN, false))
                .andExpect(status().isCreated());
    }

    @Test
    void a_file_goes_only_to_an_item_and_a_period_of_the_masterplan() throws Exception {
        upload(item, 2030, null, "bukti.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("masterplan.target.outside"));
        upload(item, 2022, 3, "bukti.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("semester"));
        long elsewhere = item(masterplan(2016), "Butir masterplan lama");
        upload(elsewhere, 2022, null, "bukti.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("masterplan.item.notFound"));
        String file = id(upload(item, 2022, null, "bukti.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/masterplans/" + (plan + 1000000) + "/evidence/" + file)
                        .with(as(OPERATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/masterplans/" + plan + "/evidence/" + UUID.randomUUID())
                        .with(as(OPERATOR)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("evidence.notFound"));
    }

    @Test
    void once_the_years_report_is_saved_a_file_is_removed_only_with_a_reason() throws Exception {
        long reported = item(plan, "Perwal SPBE");
        String early = id(upload(reported, 2023, null, "draf.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(status().isCreated()));
        mvc.perform(delete("/api/v1/masterplans/" + plan + "/evidence/" + early).with(as(OPERATOR)))
                .andExpect(status().isNoContent());
        String kept = id(upload(reported, 2023, 2, "perwal-spbe.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(status().isCreated()));
        mvc.perform(put("/api/v1/masterplans/" + plan + "/monitoring-reports/2023")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"conclusions\":[\"Perwal SPBE terbit.\"]}")
                        .with(as(OPERATOR)))
                .andExpect(status().isOk());

        mvc.perform(delete("/api/v1/masterplans/" + plan + "/evidence/" + kept).with(as(OPERATOR)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("masterplan.evidence.reported"));
        assertThat(ids(reported, 2023, null)).containsExactly(kept);
        upload(reported, 2023, null, "susulan.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(status().isCreated());

        mvc.perform(delete("/api/v1/masterplans/" + plan + "/evidence/" + kept + "?reason=salah unggah")
                        .with(as(OPERATOR)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/masterplans/" + plan + "/evidence/" + kept).with(as(OPERATOR)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from evidence_content where stored_name in (?, ?)")
                        .params("masterplan/" + early, "masterplan/" + kept)
                        .query(Integer.class)
                        .single())
                .as("the content goes with the file")
                .isZero();
        assertThat(audit.find(MAGELANG, null))
                .anySatisfy(e -> assertThat(e.action() + " " + e.oldValue() + " " + e.newValue())
                        .isEqualTo("MASTERPLAN_EVIDENCE_REMOVED perwal-spbe.pdf (" + kept + ") salah unggah"));
    }

    @Test
    void a_masterplan_whose_evidence_would_pass_its_quota_is_refused_with_a_conflict() throws Exception {
        long full = masterplan(2026);
        long fullItem = item(full, "Butir dengan bukti besar");
        long quota = 500L * 1024 * 1024;
        // as if the masterplan had nearly all of its quota already
        jdbc.sql("""
                        insert into masterplan_evidence (id, masterplan_id, item_id, year, semester, original_name,
                                                         stored_name, content_type, size_bytes, sha256, uploaded_by)
                        values (?, ?, ?, 2026, 0, 'besar.pdf', ?, 'application/pdf', ?, repeat('0', 64), ?)
                        """)
                .params(UUID.randomUUID(), full, fullItem, "masterplan/" + UUID.randomUUID(), quota - 10, OPERATOR)
                .update();

        mvc.perform(multipart("/api/v1/masterplans/" + full + "/items/" + fullItem + "/realisations/2026/evidence")
                        .file(new MockMultipartFile("file", "satu-lagi.pdf", "application/pdf", SampleFiles.PDF))
                        .header("Accept-Language", "en")
                        .with(as(OPERATOR)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("masterplan.evidence.quotaExceeded"))
                .andExpect(jsonPath("$.detail").value(containsString("500 MB")));
        // another masterplan has its own quota
        upload(item, 2022, null, "masterplan-lain.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(status().isCreated());
    }

    @Test
    void the_monitoring_workbook_counts_each_items_files_of_the_period() throws Exception {
        long counted = number(mvc.perform(post("/api/v1/masterplans/" + plan + "/items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"APPLICATION\",\"name\":\"Aplikasi perizinan daring\","
                                + "\"unit\":\"aplikasi\",\"direction\":\"HIGHER_IS_BETTER\",\"targets\":{\"2025\":1}}")
                        .with(as(OPERATOR)))
                .andExpect(status().isCreated()));
        upload(counted, 2025, null, "peluncuran.pdf", "application/pdf", SampleFiles.PDF)
                .andExpect(status().isCreated());
        upload(counted, 2025, 1, "uji-coba.png", "image/png", SampleFiles.PNG).andExpect(status().isCreated());

        assertThat(evidenceColumn(counted, "")).isEqualTo("2");
        assertThat(evidenceColumn(counted, "&semester=1")).isEqualTo("1");
        assertThat(evidenceColumn(counted, "&semester=2")).isEqualTo("0");
    }

    /** The item's row's last cell (its evidence files) in the monitoring workbook of 2025. */
    private String evidenceColumn(long item, String semester) throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/masterplans/" + plan + "/monitoring.xlsx?year=2025" + semester)
                        .with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<Integer, Row> items = DownloadedFiles.sheets(xlsx).get("Butir");
        assertThat(items.get(1).getCellText(11)).isEqualTo("Berkas bukti");
        return items.values().stream()
                .filter(r -> r.getCellText(3).equals("Aplikasi perizinan daring"))
                .findFirst()
                .orElseThrow()
                .getCellText(11);
    }

    @Test
    void an_administrator_uploads_and_reads_every_regions_files() throws Exception {
        RequestPostProcessor admin = user(TestAccounts.ADMIN).roles("ADMIN");
        String file = id(mvc.perform(multipart(evidence(item, 2024))
                        .file(new MockMultipartFile("file", "verifikasi.pdf", "application/pdf", SampleFiles.PDF))
                        .with(admin))
                .andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/masterplans/" + plan + "/evidence/" + file).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().bytes(SampleFiles.PDF));
    }

    private long masterplan(int start) throws Exception {
        return number(mvc.perform(post("/api/v1/regions/" + MAGELANG + "/masterplans")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Masterplan Smart City Kota Magelang " + start + "\",\"startYear\":"
                                + start + ",\"endYear\":" + (start + 4) + "}")
                        .with(as(OPERATOR)))
                .andExpect(status().isCreated()));
    }

    private long item(long masterplan, String name) throws Exception {
        return number(mvc.perform(post("/api/v1/masterplans/" + masterplan + "/items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"POLICY\",\"name\":\"" + name
                                + "\",\"unit\":\"dokumen\",\"direction\":\"HIGHER_IS_BETTER\"}")
                        .with(as(OPERATOR)))
                .andExpect(status().isCreated()));
    }

    private ResultActions upload(long item, int year, Integer semester, String name, String type, byte[] content)
            throws Exception {
        var request = multipart(evidence(item, year))
                .file(new MockMultipartFile("file", name, type, content))
                .with(as(OPERATOR));
        return mvc.perform(semester == null ? request : request.param("semester", semester.toString()));
    }

    /** The upload is refused with a 400 problem and the item's files are unchanged. */
    private ResultActions refused(String name, String type, byte[] content) throws Exception {
        List<String> before = ids(item, 2022, null);
        ResultActions result = upload(item, 2022, null, name, type, content)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(ids(item, 2022, null)).containsExactlyInAnyOrderElementsOf(before);
        return result;
    }

    private List<String> ids(long item, int year, Integer semester) throws Exception {
        JsonNode list = json(mvc.perform(get(evidence(item, year) + (semester == null ? "" : "?semester=" + semester))
                        .with(as(OPERATOR)))
                .andExpect(status().isOk()));
        return list.valueStream().map(n -> n.get("id").asString()).toList();
    }

    private byte[] download(String id, String type, String name) throws Exception {
        return mvc.perform(
                        get("/api/v1/masterplans/" + plan + "/evidence/" + id).with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(type))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString(name)))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private String evidence(long item, int year) {
        return "/api/v1/masterplans/" + plan + "/items/" + item + "/realisations/" + year + "/evidence";
    }

    private static RequestPostProcessor as(String username) {
        return user(username).roles("OPERATOR");
    }

    private static JsonNode json(ResultActions result) throws Exception {
        return JsonMapper.shared().readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static String id(ResultActions result) throws Exception {
        return json(result).get("id").asString();
    }

    private static long number(ResultActions result) throws Exception {
        return json(result).get("id").asLong();
    }
}
