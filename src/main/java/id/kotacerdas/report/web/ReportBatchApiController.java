package id.kotacerdas.report.web;

import id.kotacerdas.report.ReportBatches;
import id.kotacerdas.report.domain.ReportBatch;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import id.kotacerdas.shared.web.ResponseFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@ApiController("/api/v1")
@Tag(name = "Publication outputs")
class ReportBatchApiController {

    /** A batch as the API shows it; {@code done} counts regions processed, failures included. */
    record BatchBody(
            UUID id,
            int year,
            String status,
            int total,
            int done,
            int percent,
            List<ReportBatch.Failure> failed,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            String download) {

        static BatchBody of(ReportBatch b) {
            return new BatchBody(
                    b.id(),
                    b.year(),
                    b.status().name(),
                    b.total(),
                    b.done(),
                    b.percent(),
                    b.failed(),
                    b.startedBy(),
                    b.startedAt(),
                    b.finishedAt(),
                    b.downloadable() ? zipPath(b.id()) : null);
        }
    }

    private final ReportBatches batches;

    ReportBatchApiController(ReportBatches batches) {
        this.batches = batches;
    }

    @PostMapping("/periods/{year}/report-batches")
    @Operation(
            summary = "Make every region's report of the period in the background (ADMIN; audited)",
            description = "202 with the batch; while a batch of the period runs, the running one. 409"
                    + " reportBatch.noResults when the period has no result yet. Before publication the reports"
                    + " are drafts (DRAF).")
    @ProblemCodes(notFound = "period.notFound", conflict = "reportBatch.noResults")
    ResponseEntity<BatchBody> start(@PathVariable int year, Actor actor) {
        ReportBatch batch = batches.start(year, actor);
        return ResponseEntity.accepted().location(URI.create(path(batch.id()))).body(BatchBody.of(batch));
    }

    @GetMapping("/report-batches/{id}")
    @Operation(summary = "A report batch's progress (ADMIN): RUNNING, DONE or ABANDONED, and its failures")
    @ProblemCodes(notFound = "reportBatch.notFound")
    BatchBody batch(@PathVariable String id, Actor actor) {
        return BatchBody.of(batches.get(uuid(id), actor));
    }

    @GetMapping("/report-batches/{id}/reports.zip")
    @Operation(
            summary = "A finished batch's reports in one ZIP (ADMIN)",
            description = "One PDF per region and gagal.csv listing the regions that failed; 409 reportBatch.notDone"
                    + " while it runs.")
    @ProblemCodes(notFound = "reportBatch.notFound", conflict = "reportBatch.notDone")
    void zip(@PathVariable String id, Actor actor, HttpServletResponse response) throws IOException {
        ReportBatch batch = batches.downloadable(uuid(id), actor);
        ResponseFiles.attachment(response, "application/zip", ReportBatches.zipName(batch));
        batches.writeZip(batch, response.getOutputStream());
    }

    static String path(UUID id) {
        return "/api/v1/report-batches/" + id;
    }

    static String zipPath(UUID id) {
        return path(id) + "/reports.zip";
    }

    /** A malformed id names no batch. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("reportBatch.notFound", "No report batch " + id, id);
        }
    }
}
