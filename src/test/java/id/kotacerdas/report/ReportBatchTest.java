package id.kotacerdas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.report.domain.ReportBatch;
import id.kotacerdas.report.domain.ReportBatch.Status;
import id.kotacerdas.scoring.ImportNationalResults;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.SuggestionAcceptance;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.PdfText;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every region's report of a period (imported as published, so no draft) made in the background into one ZIP: progress through the API and the page, a
 * region that fails listed with why while the rest are made, one batch per period at a time, and a batch whose
 * instance died replaced by the next start.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBatchTest {

    private static final String HEADER = "NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tQUICK WINS\t"
            + "PROGRAM KOLABORASI\tNILAI FINAL\tTINGKAT IMPROVEMENT\tKET\n";
    private static final String TABLE = HEADER + """
            1\tKAB. BADUNG\t3,56\t2,73\t3,27\t3,18\t2,8\t\t3,08\t0,99\tREGULER
            2\tKOTA DENPASAR\t2,84\t2,65\t3,53\t3,77\t3,63\t\t3,35\t0,1\tREGULER
            3\tKOTA SURAKARTA\t3\t3\t3\t3\t3\t\t3\t\tREGULER
            """;
    private static final Map<String, String> REGIONS =
            Map.of("51.03", "Kabupaten Badung", "51.71", "Kota Denpasar", "33.72", "Kota Surakarta");

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportBatches batches;

    @Autowired
    ReportBatchRepository repository;

    @Autowired
    ReportBatchZip zip;

    @Autowired
    RegionReportPdf pdf;

    @Autowired
    NationalResultsApi results;

    @Autowired
    InstrumentApi instruments;

    @Autowired
    RegionAccess access;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void threePeriodsOfThreeScoredRegions(@Autowired CreatePeriod periods, @Autowired ImportNationalResults importer)
            throws Exception {
        for (int year :
                new int[] {TestYears.REPORT_BATCH, TestYears.REPORT_BATCH_FAILING_REGION, TestYears.REPORT_BATCH_RUNNING
                }) {
            periods.create(year, 2024, "test");
            for (String code : REGIONS.keySet()) {
                mvc.perform(put("/api/v1/periods/" + year + "/participants/" + code)
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"track\":\"REGULER\"}"))
                        .andExpect(status().isOk());
            }
            var report = importer.importTable(
                    year,
                    TABLE.getBytes(StandardCharsets.UTF_8),
                    "text/tab-separated-values",
                    "table.tsv",
                    SuggestionAcceptance.NONE,
                    "test");
            assertThat(report.rejected()).isEmpty();
        }
    }

    @Test
    void an_administrator_gets_every_regions_report_in_one_zip_and_follows_its_progress() throws Exception {
        int year = TestYears.REPORT_BATCH;
        JsonNode started = json(
                mvc.perform(post("/api/v1/periods/" + year + "/report-batches").with(admin()))
                        .andExpect(status().isAccepted())
                        .andExpect(header().exists("Location"))
                        .andExpect(jsonPath("$.total").value(3))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        UUID id = UUID.fromString(started.get("id").asString());

        finished(id);
        mvc.perform(get("/api/v1/report-batches/" + id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.done").value(3))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.failed").isEmpty())
                .andExpect(jsonPath("$.download").value("/api/v1/report-batches/" + id + "/reports.zip"));
        byte[] bytes = mvc.perform(
                        get("/api/v1/report-batches/" + id + "/reports.zip").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"laporan-" + year + ".zip\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        Map<String, byte[]> files = unzip(bytes);
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(REGIONS.keySet().stream()
                        .map(code -> "laporan-" + year + "-" + code + ".pdf")
                        .toArray(String[]::new));
        for (Map.Entry<String, String> region : REGIONS.entrySet()) {
            String text = PdfText.of(files.get("laporan-" + year + "-" + region.getKey() + ".pdf"));
            assertThat(text).contains(region.getValue()).doesNotContain("DRAF");
        }
        String page = mvc.perform(get("/admin/periode/" + year + "/laporan")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"batch-download\"")
                .contains(id + "/reports.zip")
                .doesNotContain("hx-get");
        assertThat(audit.find(null, year))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("REPORT_BATCH_STARTED"));
    }

    @Test
    void a_region_whose_report_fails_is_listed_with_why_and_the_others_are_made() throws Exception {
        int year = TestYears.REPORT_BATCH_FAILING_REGION;
        RegionReportPdf failing = spy(pdf);
        doThrow(new IllegalStateException("font tidak terbaca"))
                .when(failing)
                .report(eq(year), eq("51.71"), anyBoolean());
        ReportBatchRunner runner = new ReportBatchRunner(failing, repository, 2);
        try {
            ReportBatch batch =
                    finished(service(runner).start(year, TestActors.admin()).id());

            assertThat(batch.status()).isEqualTo(Status.DONE);
            assertThat(batch.done()).isEqualTo(3);
            assertThat(batch.failed())
                    .containsExactly(new ReportBatch.Failure(
                            "51.71", "Kota Denpasar", "IllegalStateException: font tidak terbaca"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            zip.write(batch, out);
            Map<String, byte[]> files = unzip(out.toByteArray());
            assertThat(files.keySet())
                    .containsExactly("laporan-" + year + "-33.72.pdf", "laporan-" + year + "-51.03.pdf", "gagal.csv");
            assertThat(new String(files.get("gagal.csv"), StandardCharsets.UTF_8))
                    .contains("\"51.71\",\"Kota Denpasar\",\"IllegalStateException: font tidak terbaca\"");
        } finally {
            runner.destroy();
        }
    }

    @Test
    void starting_again_while_a_batch_runs_gets_the_running_one_and_its_zip_waits() throws Exception {
        int year = TestYears.REPORT_BATCH_RUNNING;
        CountDownLatch gate = new CountDownLatch(1);
        RegionReportPdf slow = spy(pdf);
        doAnswer(call -> {
                    gate.await();
                    return call.callRealMethod();
                })
                .when(slow)
                .report(anyInt(), anyString(), anyBoolean());
        ReportBatchRunner runner = new ReportBatchRunner(slow, repository, 2);
        try {
            ReportBatches service = service(runner);
            ReportBatch first = service.start(year, TestActors.admin());
            ReportBatch second = service.start(year, TestActors.admin());

            assertThat(second.id()).isEqualTo(first.id());
            assertThat(second.status()).isEqualTo(Status.RUNNING);
            assertThat(jdbc.sql("select count(*) from report_batch where year = ? and status = 'RUNNING'")
                            .param(year)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThatThrownBy(() -> service.downloadable(first.id(), TestActors.admin()))
                    .isInstanceOf(Conflict.class)
                    .hasFieldOrPropertyWithValue("messageKey", "reportBatch.notDone");
            gate.countDown();
            assertThat(finished(first.id()).status()).isEqualTo(Status.DONE);
        } finally {
            gate.countDown();
            runner.destroy();
        }
    }

    @Test
    void a_batch_whose_instance_died_is_abandoned_and_replaced_by_the_next_start() throws Exception {
        int year = TestYears.REPORT_BATCH_RUNNING;
        finishedAll(year);
        UUID gone = UUID.randomUUID();
        jdbc.sql("insert into report_batch (id, year, status, total, started_by, updated_at)"
                        + " values (?, ?, 'RUNNING', 3, 'gone', now() - interval '1 hour')")
                .params(gone, year)
                .update();

        ReportBatch next = batches.start(year, TestActors.admin());

        assertThat(next.id()).isNotEqualTo(gone);
        assertThat(repository.find(gone).orElseThrow().status()).isEqualTo(Status.ABANDONED);
        assertThat(finished(next.id()).status()).isEqualTo(Status.DONE);
    }

    @Test
    void a_period_without_results_has_nothing_to_report_and_an_unknown_batch_is_not_found() throws Exception {
        mvc.perform(post("/api/v1/periods/2024/report-batches").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("reportBatch.noResults"));
        mvc.perform(get("/api/v1/report-batches/not-a-batch").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("reportBatch.notFound"));
        mvc.perform(get("/api/v1/report-batches/" + UUID.randomUUID() + "/reports.zip")
                        .with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("reportBatch.notFound"));
        mvc.perform(post("/admin/periode/2024/laporan")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }

    private ReportBatches service(ReportBatchRunner runner) {
        return new ReportBatches(
                repository, runner, zip, results, instruments, access, audit, Clock.systemUTC(), Duration.ofMinutes(5));
    }

    private ReportBatch finished(UUID id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        ReportBatch batch = repository.find(id).orElseThrow();
        while (batch.running() && System.nanoTime() < until) {
            Thread.sleep(100);
            batch = repository.find(id).orElseThrow();
        }
        assertThat(batch.running()).as("batch %s still running", id).isFalse();
        return batch;
    }

    private void finishedAll(int year) throws InterruptedException {
        for (var running = repository.running(year); running.isPresent(); running = repository.running(year)) {
            finished(running.get().id());
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }

    private static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }
}
