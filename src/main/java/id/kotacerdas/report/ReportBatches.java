package id.kotacerdas.report;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.report.ReportBatchRunner.Region;
import id.kotacerdas.report.domain.ReportBatch;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Every region's report of a period in one ZIP, made in the background (administrators only). One batch per period
 * runs at a time: starting another while it runs gets the running one, unless it has not moved for
 * {@code kc.report.batch-stale-after} (its instance is gone), when a new one replaces it.
 */
@Service
public class ReportBatches {

    private static final Logger log = LoggerFactory.getLogger(ReportBatches.class);

    private final ReportBatchRepository repository;
    private final ReportBatchRunner runner;
    private final ReportBatchZip zip;
    private final NationalResultsApi results;
    private final InstrumentApi instruments;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration staleAfter;

    ReportBatches(
            ReportBatchRepository repository,
            ReportBatchRunner runner,
            ReportBatchZip zip,
            NationalResultsApi results,
            InstrumentApi instruments,
            RegionAccess access,
            AuditTrail audit,
            Clock clock,
            @Value("${kc.report.batch-stale-after:PT5M}") Duration staleAfter) {
        this.repository = repository;
        this.runner = runner;
        this.zip = zip;
        this.results = results;
        this.instruments = instruments;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** Starts a batch of every region with a result in the period, or returns the one running. */
    public ReportBatch start(int year, Actor actor) {
        access.ensureAdmin(actor);
        instruments.period(year);
        Optional<ReportBatch> running = repository.running(year);
        if (running.isPresent() && !running.get().stale(clock.instant(), staleAfter)) {
            return running.get();
        }
        running.ifPresent(stale -> {
            log.warn("Report batch {} of {} has not moved since {}: abandoned", stale.id(), year, stale.updatedAt());
            repository.abandon(stale.id());
        });
        List<Region> regions = results.visibleTable(year, true).lines().stream()
                .map(line -> new Region(line.regionCode(), line.regionName()))
                .toList();
        if (regions.isEmpty()) {
            throw new Conflict("reportBatch.noResults", "The period has no results to report", year);
        }
        UUID id = UUID.randomUUID();
        if (!repository.insert(id, year, regions.size(), actor.username())) {
            return repository.running(year).orElseThrow(() -> new IllegalStateException("lost batch of " + year));
        }
        audit.record(AuditEvent.by(actor.username(), "REPORT_BATCH_STARTED")
                .inPeriod(year)
                .about("report batch")
                .to(id + " (" + regions.size() + " regions)"));
        runner.run(id, year, regions);
        return repository.find(id).orElseThrow();
    }

    public ReportBatch get(UUID id, Actor actor) {
        access.ensureAdmin(actor);
        return repository.find(id).orElseThrow(() -> new NotFound("reportBatch.notFound", "No report batch " + id, id));
    }

    /** The period's newest batch (running or finished), for the page that starts them. */
    public Optional<ReportBatch> latest(int year, Actor actor) {
        access.ensureAdmin(actor);
        instruments.period(year);
        return repository.latest(year);
    }

    /** The batch whose ZIP may be read now; Conflict while it runs or when it was abandoned. */
    public ReportBatch downloadable(UUID id, Actor actor) {
        ReportBatch batch = get(id, actor);
        if (!batch.downloadable()) {
            throw new Conflict("reportBatch.notDone", "The report batch is not done", batch.done(), batch.total());
        }
        return batch;
    }

    /** Writes a batch {@link #downloadable} returned: its reports and the list of failures. */
    public void writeZip(ReportBatch batch, OutputStream out) throws IOException {
        zip.write(batch, out);
    }

    /** {@code laporan-2024.zip}. */
    public static String zipName(ReportBatch batch) {
        return "laporan-" + batch.year() + ".zip";
    }
}
