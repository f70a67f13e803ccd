package id.kotacerdas.assessment;

import id.kotacerdas.assessment.SelfAssessmentRepository.StoredEvidence;
import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.files.EvidenceStore;
import id.kotacerdas.shared.files.domain.CheckedFile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of a self-assessment: checked by content ({@link CheckedFile}: Apache Tika's magic detection, and
 * no macros), kept in the {@link EvidenceStore} (the database, or object storage) under generated names, at most
 * {@code kc.evidence.region-quota} per region and period, and given only to the region's operator and admins.
 */
@Service
public class EvidenceFiles {

    /** A stored file and how to serve it. */
    public record Download(EvidenceView evidence, byte[] content) {}

    private final SelfAssessmentRepository repository;
    private final SelfAssessmentContext context;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final EvidenceStore store;
    private final DataSize regionQuota;

    EvidenceFiles(
            SelfAssessmentRepository repository,
            SelfAssessmentContext context,
            RegionAccess access,
            AuditTrail audit,
            EvidenceStore store,
            @Value("${kc.evidence.region-quota:200MB}") DataSize regionQuota) {
        this.repository = repository;
        this.context = context;
        this.access = access;
        this.audit = audit;
        this.store = store;
        this.regionQuota = regionQuota;
    }

    @Transactional
    public EvidenceView upload(int year, String region, int questionNo, String filename, byte[] content, Actor actor) {
        access.ensureOperatorOf(actor, region);
        context.ensureParticipant(year, region);
        context.ensureQuestion(year, questionNo);
        CheckedFile file = CheckedFile.of(filename, content);
        boolean submitted = repository.lockSubmission(year, region).submitted();
        context.ensureOpen(year, region, submitted);
        ensureWithinQuota(year, region, file.size());
        UUID id = UUID.randomUUID();
        String stored = id.toString();
        EvidenceView view = new EvidenceView(
                id, questionNo, file.name(), file.contentType(), file.size(), actor.username(), OffsetDateTime.now());
        repository.insertEvidence(new StoredEvidence(view, region, year, stored), file.sha256());
        store.put(stored, file.content());
        audit.record(AuditEvent.by(actor.username(), "EVIDENCE_ADDED")
                .in(year, region)
                .about("question " + questionNo)
                .to(file.name() + " (" + id + ")"));
        return view;
    }

    public List<EvidenceView> list(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        return repository.evidence(year, region);
    }

    public Download download(int year, String region, UUID id, Actor reader) {
        access.ensureCanRead(reader, year, region);
        StoredEvidence stored = repository
                .evidence(id)
                .filter(e -> e.year() == year && e.regionCode().equals(region))
                .orElseThrow(() -> new NotFound("evidence.notFound", "No evidence " + id, id));
        byte[] content = store.get(stored.storedName())
                .orElseThrow(() -> new NotFound("evidence.notFound", "No content for evidence " + id, id));
        return new Download(stored.view(), content);
    }

    /** Called with the region's submission row locked, so two uploads cannot both pass the quota. */
    private void ensureWithinQuota(int year, String region, long size) {
        long used = repository.evidenceBytes(year, region);
        if (used + size > regionQuota.toBytes()) {
            throw new Conflict(
                    "evidence.quotaExceeded",
                    "The evidence of " + region + " in " + year + " would exceed " + megabytes(regionQuota.toBytes())
                            + " MB (" + megabytes(used) + " MB used)",
                    megabytes(regionQuota.toBytes()),
                    megabytes(used));
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
