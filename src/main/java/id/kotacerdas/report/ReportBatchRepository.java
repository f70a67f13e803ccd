package id.kotacerdas.report;

import id.kotacerdas.report.domain.ReportBatch;
import id.kotacerdas.report.domain.ReportBatch.Failure;
import id.kotacerdas.report.domain.ReportBatch.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReportBatchRepository {

    private static final String COLUMNS =
            "select id, year, status, total, done, started_by, started_at, updated_at, finished_at from report_batch";

    private final JdbcClient jdbc;

    ReportBatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportBatch> find(UUID id) {
        return jdbc.sql(COLUMNS + " where id = ?")
                .param(id)
                .query(this::batch)
                .optional()
                .map(this::withFailures);
    }

    Optional<ReportBatch> running(int year) {
        return jdbc.sql(COLUMNS + " where year = ? and status = 'RUNNING'")
                .param(year)
                .query(this::batch)
                .optional()
                .map(this::withFailures);
    }

    Optional<ReportBatch> latest(int year) {
        return jdbc.sql(COLUMNS + " where year = ? order by started_at desc limit 1")
                .param(year)
                .query(this::batch)
                .optional()
                .map(this::withFailures);
    }

    /** False when another batch of the year is running already (the partial unique index decides). */
    boolean insert(UUID id, int year, int total, String startedBy) {
        return jdbc.sql("insert into report_batch (id, year, status, total, started_by) values (?, ?, 'RUNNING', ?, ?)"
                                + " on conflict (year) where status = 'RUNNING' do nothing")
                        .params(id, year, total, startedBy)
                        .update()
                == 1;
    }

    void abandon(UUID id) {
        jdbc.sql("update report_batch set status = 'ABANDONED', updated_at = now() where id = ? and status = 'RUNNING'")
                .param(id)
                .update();
    }

    void saveFile(UUID id, String region, String fileName, byte[] pdf) {
        jdbc.sql("insert into report_batch_file (batch_id, region_code, file_name, pdf) values (?, ?, ?, ?)")
                .params(id, region, fileName, pdf)
                .update();
    }

    void saveFailure(UUID id, Failure failure) {
        jdbc.sql("insert into report_batch_failure (batch_id, region_code, region_name, reason) values (?, ?, ?, ?)")
                .params(id, failure.region(), failure.name(), failure.reason())
                .update();
    }

    /** Counts one more region processed; true when it was the last, and the batch is then DONE. */
    boolean countOne(UUID id) {
        return jdbc.sql("update report_batch set done = done + 1, updated_at = now(),"
                        + " status = case when done + 1 = total then 'DONE' else status end,"
                        + " finished_at = case when done + 1 = total then now() end"
                        + " where id = ? and status = 'RUNNING' returning status")
                .param(id)
                .query(String.class)
                .optional()
                .filter("DONE"::equals)
                .isPresent();
    }

    /** Keeps the period's newest finished batch and any running one; the files of the rest go. */
    void pruneBefore(int year, UUID keep) {
        jdbc.sql("delete from report_batch where year = ? and id <> ? and status <> 'RUNNING'")
                .params(year, keep)
                .update();
    }

    List<String> fileRegions(UUID id) {
        return jdbc.sql("select region_code from report_batch_file where batch_id = ? order by region_code")
                .param(id)
                .query(String.class)
                .list();
    }

    /** One file at a time, so that a ZIP of hundreds of reports never sits in memory whole. */
    Optional<StoredFile> file(UUID id, String region) {
        return jdbc.sql("select file_name, pdf from report_batch_file where batch_id = ? and region_code = ?")
                .params(id, region)
                .query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getBytes("pdf")))
                .optional();
    }

    record StoredFile(String name, byte[] pdf) {}

    private ReportBatch batch(ResultSet rs, int row) throws SQLException {
        return new ReportBatch(
                rs.getObject("id", UUID.class),
                rs.getInt("year"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("total"),
                rs.getInt("done"),
                List.of(),
                rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant)
                        .orElse(null));
    }

    private ReportBatch withFailures(ReportBatch b) {
        List<Failure> failed = jdbc.sql(
                        "select region_code, region_name, reason from report_batch_failure where batch_id = ?"
                                + " order by region_code")
                .param(b.id())
                .query((rs, n) -> new Failure(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return new ReportBatch(
                b.id(),
                b.year(),
                b.status(),
                b.total(),
                b.done(),
                failed,
                b.startedBy(),
                b.startedAt(),
                b.updatedAt(),
                b.finishedAt());
    }
}
