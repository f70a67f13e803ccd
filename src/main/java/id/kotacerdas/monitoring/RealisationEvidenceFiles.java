package id.kotacerdas.monitoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.files.EvidenceStore;
import id.kotacerdas.shared.files.domain.CheckedFile;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files on an item's realisation of a year or semester: checked as a self-assessment's evidence is
 * ({@link CheckedFile}), kept in the same {@link EvidenceStore} (the database, or object storage), at most
 * {@code kc.evidence.masterplan-quota} per masterplan. Whoever may see the masterplan (an administrator or the
 * region's operator) uploads, lists, downloads and removes them; once the period's report is saved a file is
 * removed only with a reason, as a figure is corrected. Every addition and removal is audited.
 */
@Service
public class RealisationEvidenceFiles {

    /** A stored file and its content. */
    public record Download(RealisationEvidence evidence, byte[] content) {}

    private final Masterplans masterplans;
    private final MasterplanRepository plans;
    private final MonitoringReportRepository reports;
    private final RealisationEvidenceRepository repository;
    private final EvidenceStore store;
    private final AuditTrail audit;
    private final DataSize quota;

    RealisationEvidenceFiles(
            Masterplans masterplans,
            MasterplanRepository plans,
            MonitoringReportRepository reports,
            RealisationEvidenceRepository repository,
            EvidenceStore store,
            AuditTrail audit,
            @Value("${kc.evidence.masterplan-quota:500MB}") DataSize quota) {
        this.masterplans = masterplans;
        this.plans = plans;
        this.reports = reports;
        this.repository = repository;
        this.store = store;
        this.audit = audit;
        this.quota = quota;
    }

    @Transactional
    public RealisationEvidence upload(
            long plan, long item, int year, Integer semester, String filename, byte[] content, Actor actor) {
        MasterplanView masterplan = period(plan, item, year, semester, actor);
        CheckedFile file = CheckedFile.of(filename, content);
        repository.lock(plan);
        ensureWithinQuota(plan, file.size());
        UUID id = UUID.randomUUID();
        String stored = "masterplan/" + id;
        RealisationEvidence view = new RealisationEvidence(
                id,
                item,
                year,
                semester,
                file.name(),
                file.contentType(),
                file.size(),
                actor.username(),
                OffsetDateTime.now());
        repository.insert(plan, view, stored, file.sha256());
        store.put(stored, file.content());
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_EVIDENCE_ADDED")
                .inRegion(masterplan.regionCode())
                .about(about(plan, view))
                .to(file.name() + " (" + id + ")"));
        return view;
    }

    /** The item's files of the year: all of them with {@code semester} null, else that semester's. */
    public List<RealisationEvidence> list(long plan, long item, int year, Integer semester, Actor reader) {
        period(plan, item, year, semester, reader);
        return repository.of(plan, item, year, semester);
    }

    /** The files of every item of the masterplan in the year or semester (as {@link #list}), by item. */
    public Map<Long, List<RealisationEvidence>> byItem(long plan, int year, Integer semester, Actor reader) {
        masterplans.get(plan, reader);
        return repository.of(plan, null, year, semester).stream()
                .collect(Collectors.groupingBy(RealisationEvidence::item));
    }

    /** How many files each item has in the year or semester, for the monitoring's files (access checked there). */
    Map<Long, Integer> counts(long plan, int year, Integer semester) {
        return repository.counts(plan, year, semester);
    }

    public Download download(long plan, UUID id, Actor reader) {
        masterplans.get(plan, reader);
        RealisationEvidenceRepository.Stored file = find(plan, id);
        byte[] content = store.get(file.storedName())
                .orElseThrow(() -> new NotFound("evidence.notFound", "No content for evidence " + id, id));
        return new Download(file.view(), content);
    }

    /**
     * Removes the file and its content. Once the report of its period (its semester's, or its year's) is saved,
     * only with a reason, which the audit keeps.
     */
    @Transactional
    public void remove(long plan, UUID id, String reason, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        RealisationEvidenceRepository.Stored stored = find(plan, id);
        RealisationEvidence file = stored.view();
        String why = MasterplanRules.optional(reason, "reason", 1000);
        if (why == null && reports.frozen(plan, file.year(), file.semester())) {
            throw new Conflict(
                    "masterplan.evidence.reported",
                    "The period's report is saved: removing its evidence needs a reason",
                    file.year());
        }
        repository.delete(id);
        store.delete(stored.storedName());
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_EVIDENCE_REMOVED")
                .inRegion(masterplan.regionCode())
                .about(about(plan, file))
                .from(file.name() + " (" + id + ")")
                .to(why));
    }

    /**
     * Removes every file of an item being removed, content included, in the caller's transaction (its caller has
     * checked access and that no saved report holds the item). How many files went.
     */
    int removeAllOf(long item) {
        List<String> stored = repository.deleteOfItem(item);
        stored.forEach(store::delete);
        return stored.size();
    }

    /** The masterplan, once the caller may see it and the item and period are its own. */
    private MasterplanView period(long plan, long item, int year, Integer semester, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        if (!plans.itemOf(plan, item)) {
            throw new NotFound("masterplan.item.notFound", "No item " + item + " in masterplan " + plan, item);
        }
        MasterplanRules.realisation(year, semester, BigDecimal.ZERO, masterplan.startYear(), masterplan.endYear());
        return masterplan;
    }

    private RealisationEvidenceRepository.Stored find(long plan, UUID id) {
        return repository.find(plan, id).orElseThrow(() -> new NotFound("evidence.notFound", "No evidence " + id, id));
    }

    /** Called with the masterplan's row locked, so two uploads cannot both pass the quota. */
    private void ensureWithinQuota(long plan, long size) {
        long used = repository.bytes(plan);
        if (used + size > quota.toBytes()) {
            throw new Conflict(
                    "masterplan.evidence.quotaExceeded",
                    "The masterplan's evidence would exceed " + megabytes(quota.toBytes()) + " MB (" + megabytes(used)
                            + " MB used)",
                    megabytes(quota.toBytes()),
                    megabytes(used));
        }
    }

    private static String about(long plan, RealisationEvidence file) {
        return "masterplan " + plan + " item " + file.item() + " " + file.year()
                + (file.semester() == null ? "" : " S" + file.semester());
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
