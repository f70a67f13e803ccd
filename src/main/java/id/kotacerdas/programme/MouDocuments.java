package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.files.EvidenceStore;
import id.kotacerdas.shared.files.domain.CheckedFile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed MoU of a cohort's region: a PDF (checked by its content, at most 5 MB), uploaded by an administrator
 * (audited {@code SELECTION_MOU_DOCUMENT_ADDED}); every upload is a new revision, the earlier ones kept. The
 * administrator, the region's operator and its mentor read it.
 */
@Service
public class MouDocuments {

    /** A revision and its content. */
    public record Download(MouDocument document, byte[] content) {}

    private final CohortRegions cohorts;
    private final MouDocumentRepository repository;
    private final GuidanceAccess access;
    private final EvidenceStore store;
    private final AuditTrail audit;

    MouDocuments(
            CohortRegions cohorts,
            MouDocumentRepository repository,
            GuidanceAccess access,
            EvidenceStore store,
            AuditTrail audit) {
        this.cohorts = cohorts;
        this.repository = repository;
        this.access = access;
        this.store = store;
        this.audit = audit;
    }

    /** 400 mou.document.pdf for anything but a PDF, and the evidence checks (evidence.*). */
    @Transactional
    public MouDocument upload(long selection, String region, String filename, byte[] content, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        CohortRegion cohort = cohorts.require(selection, region);
        CheckedFile file = CheckedFile.of(filename, content);
        if (!file.contentType().equals("application/pdf")) {
            throw new InvalidInput(
                    "file", "mou.document.pdf", "The signed MoU is a PDF (this file is " + file.contentType() + ")");
        }
        cohorts.lock(selection, region);
        UUID id = UUID.randomUUID();
        String stored = "programme/" + id;
        MouDocument document = new MouDocument(
                id,
                selection,
                region,
                repository.nextRevision(selection, region),
                file.name(),
                file.size(),
                actor.username(),
                OffsetDateTime.now());
        repository.insert(document, stored, file.sha256());
        store.put(stored, file.content());
        audit.record(AuditEvent.by(actor.username(), "SELECTION_MOU_DOCUMENT_ADDED")
                .in(cohort.year(), region)
                .about(AssignMentors.about(cohort))
                .to(file.name() + " (revision " + document.revision() + ", " + id + ")"));
        return document;
    }

    /** Every revision, the latest first. */
    public List<MouDocument> revisions(long selection, String region, Actor reader) {
        access.ensureCanRead(reader, region);
        cohorts.require(selection, region);
        return repository.revisions(selection, region);
    }

    /** The revision given, or the latest (null); 404 mou.document.notFound. */
    public Download download(long selection, String region, Integer revision, Actor reader) {
        access.ensureCanRead(reader, region);
        cohorts.require(selection, region);
        MouDocumentRepository.Stored stored = repository
                .find(selection, region, revision)
                .orElseThrow(() ->
                        new NotFound("mou.document.notFound", "No signed MoU of " + region + " is uploaded", region));
        byte[] content = store.get(stored.storedName())
                .orElseThrow(() -> new NotFound("mou.document.notFound", "No content for the MoU", region));
        return new Download(stored.view(), content);
    }
}
