package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.programme.domain.DocumentKind;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.files.EvidenceStore;
import id.kotacerdas.shared.files.domain.CheckedFile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents a selected region uploads for its masterplan review (docs/method.md, section 8.6): the masterplan
 * document (a PDF) and the quick-win programme (a PDF or an office document), each checked by its content as
 * evidence is ({@link CheckedFile}) and kept in the shared {@link EvidenceStore}. Every upload is a new revision;
 * none is replaced or removed, so the history stays (who, when, size, SHA-256); the latest is the one reviewed.
 * The region's operator (or an administrator) uploads until the review is published; they and the region's
 * reviewers list and download.
 */
@Service
public class MasterplanDocuments {

    /** A stored document and its content. */
    public record Download(MasterplanDocument document, byte[] content) {}

    private final MasterplanReviewRepository repository;
    private final ReviewAccess access;
    private final EvidenceStore store;
    private final AuditTrail audit;

    MasterplanDocuments(
            MasterplanReviewRepository repository, ReviewAccess access, EvidenceStore store, AuditTrail audit) {
        this.repository = repository;
        this.access = access;
        this.store = store;
        this.audit = audit;
    }

    /**
     * Adds a revision. 400 review.document.kind, evidence.* (name, empty, too large, type, macros),
     * review.document.notPdf, review.document.quickWinType; 404 selection.notFound, selection.notSelected; 409
     * selection.notConfirmed, review.published.
     */
    @Transactional
    public MasterplanDocument upload(
            long selection, String region, String kind, String filename, byte[] content, Actor actor) {
        access.ensureAdminOrOperator(actor, region);
        StoredSelection s = access.cohortRegion(selection, region);
        DocumentKind k = DocumentKind.parse(kind);
        CheckedFile file = CheckedFile.of(filename, content);
        k.accept(file.contentType());
        if (repository.lockReview(selection, region).published()) {
            throw published(region);
        }
        UUID id = UUID.randomUUID();
        String stored = "masterplan-review/" + id;
        MasterplanDocument document = new MasterplanDocument(
                id,
                k,
                repository.nextRevision(selection, region, k),
                file.name(),
                file.contentType(),
                file.size(),
                file.sha256(),
                actor.username(),
                OffsetDateTime.now(),
                true);
        repository.insertDocument(selection, region, document, stored);
        store.put(stored, file.content());
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_DOCUMENT_UPLOADED")
                .in(s.year(), region)
                .about("selection " + selection + ": " + s.name() + ": " + k + " revision " + document.revision())
                .to(file.name() + " (" + id + ", " + file.size() + " bytes, sha256 " + document.sha256() + ")"));
        return document;
    }

    /** Every revision of the region's documents, the masterplan's first, the newest revision first. */
    @Transactional(readOnly = true)
    public List<MasterplanDocument> history(long selection, String region, Actor reader) {
        access.ensureCanSee(reader, selection, region);
        access.cohortRegion(selection, region);
        return repository.documents(selection, region);
    }

    /** A revision with its content; 404 review.document.notFound, also for another region's or cohort's. */
    @Transactional(readOnly = true)
    public Download download(long selection, String region, UUID id, Actor reader) {
        access.ensureCanSee(reader, selection, region);
        access.cohortRegion(selection, region);
        MasterplanReviewRepository.StoredDocument stored =
                repository.document(selection, region, id).orElseThrow(() -> notFound(id));
        byte[] content = store.get(stored.storedName()).orElseThrow(() -> notFound(id));
        return new Download(stored.view(), content);
    }

    static Conflict published(String region) {
        return new Conflict(
                "review.published",
                "The masterplan review of " + region + " is published: it no longer changes",
                region);
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("review.document.notFound", "No masterplan document " + id, id);
    }
}
