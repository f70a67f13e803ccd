package id.kotacerdas.report.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every region's report of a period, made in the background: {@code done} counts the regions processed (their
 * report made, or listed in {@code failed} with why), so a batch is finished when {@code done} reaches
 * {@code total}. A running batch that has not moved for a while lost the instance that ran it.
 */
public record ReportBatch(
        UUID id,
        int year,
        Status status,
        int total,
        int done,
        List<Failure> failed,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        Instant finishedAt) {

    public enum Status {
        RUNNING,
        DONE,
        ABANDONED
    }

    /** A region whose report could not be made. */
    public record Failure(String region, String name, String reason) {}

    public ReportBatch {
        failed = List.copyOf(failed);
    }

    /** How far the batch is, 0 to 100; an empty batch is complete. */
    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }

    public int succeeded() {
        return done - failed.size();
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    /** Still marked running, but nothing has moved for {@code quiet}: its instance is gone. */
    public boolean stale(Instant now, Duration quiet) {
        return running() && updatedAt.plus(quiet).isBefore(now);
    }

    /** The ZIP holds the reports once every region is processed. */
    public boolean downloadable() {
        return status == Status.DONE;
    }
}
