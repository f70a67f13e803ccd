package id.kotacerdas.report;

import id.kotacerdas.report.domain.ReportBatch.Failure;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Makes a batch's reports on threads of its own ({@code kc.report.batch-threads}, the processors by default): each
 * region's report is stored as it is made, a region that fails is listed with why, and neither stops the rest.
 * The last region processed marks the batch DONE.
 */
@Component
class ReportBatchRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportBatchRunner.class);

    /** A region in a batch: its code, and its name for the list of failures. */
    record Region(String code, String name) {}

    private final RegionReportPdf reports;
    private final ReportBatchRepository repository;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ReportBatchRunner(
            RegionReportPdf reports,
            ReportBatchRepository repository,
            @Value("${kc.report.batch-threads:0}") int threads) {
        this.reports = reports;
        this.repository = repository;
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        executor.setCorePoolSize(size);
        executor.setMaxPoolSize(size);
        executor.setThreadNamePrefix("report-batch-");
        executor.initialize();
    }

    void run(UUID batch, int year, List<Region> regions) {
        for (Region region : regions) {
            executor.execute(() -> make(batch, year, region));
        }
    }

    private void make(UUID batch, int year, Region region) {
        try {
            RegionReport report = reports.report(year, region.code(), true);
            repository.saveFile(batch, region.code(), RegionReportPdf.fileName(report), reports.pdf(report));
        } catch (IOException | RuntimeException e) {
            log.warn("Report batch {}: the report of {} in {} failed", batch, region.code(), year, e);
            repository.saveFailure(batch, new Failure(region.code(), region.name(), reason(e)));
        }
        if (repository.countOne(batch)) {
            repository.pruneBefore(year, batch);
            log.info("Report batch {} of {} is done", batch, year);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
