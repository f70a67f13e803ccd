package id.kotacerdas.report;

import id.kotacerdas.report.ReportBatchRepository.StoredFile;
import id.kotacerdas.report.domain.ReportBatch;
import id.kotacerdas.report.domain.ReportBatch.Failure;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * A finished batch as one ZIP: each region's report, read from the database one at a time, and {@code gagal.csv}
 * listing the regions whose report could not be made, when there are any.
 */
@Component
class ReportBatchZip {

    static final String FAILURES = "gagal.csv";

    private final ReportBatchRepository repository;

    ReportBatchZip(ReportBatchRepository repository) {
        this.repository = repository;
    }

    void write(ReportBatch batch, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // the reports are compressed PDFs already: the fastest level costs little and gains little less
        zip.setLevel(Deflater.BEST_SPEED);
        for (String region : repository.fileRegions(batch.id())) {
            StoredFile file = repository.file(batch.id(), region).orElseThrow();
            zip.putNextEntry(new ZipEntry(file.name()));
            zip.write(file.pdf());
            zip.closeEntry();
        }
        if (!batch.failed().isEmpty()) {
            zip.putNextEntry(new ZipEntry(FAILURES));
            try (DataCsv csv = new DataCsv(zip)) {
                csv.row(List.of("region", "name", "reason"));
                for (Failure failure : batch.failed()) {
                    csv.row(List.of(failure.region(), failure.name(), failure.reason()));
                }
            }
            zip.closeEntry();
        }
        zip.finish();
    }
}
