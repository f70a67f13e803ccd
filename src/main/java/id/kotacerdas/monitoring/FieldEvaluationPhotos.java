package id.kotacerdas.monitoring;

import static id.kotacerdas.monitoring.FieldEvaluationAuditText.subject;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.domain.FieldEvaluationRules;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.files.EvidenceStore;
import id.kotacerdas.shared.files.domain.CheckedFile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Photos of a field evaluation, each with a caption: JPEG or PNG images only, recognised by their content ({@link
 * CheckedFile#image}), kept in the shared {@link EvidenceStore} as {@code field-evaluation/<uuid>}; at most {@code
 * kc.field-evaluation.photos.max-count} photos and {@code kc.field-evaluation.photos.quota} bytes per evaluation.
 * Administrators add and remove them, administrators and the region's operator see them. Every addition and
 * removal is audited.
 */
@Service
public class FieldEvaluationPhotos {

    /** A stored photo and its content. */
    public record Download(FieldEvaluationPhoto photo, byte[] content) {}

    /** How many photos, and how many megabytes of them, an evaluation may have. */
    public record Limits(int photos, long megabytes) {}

    private final FieldEvaluations evaluations;
    private final FieldEvaluationRepository repository;
    private final FieldEvaluationPhotoRepository photos;
    private final EvidenceStore store;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final int maxPhotos;
    private final DataSize quota;

    FieldEvaluationPhotos(
            FieldEvaluations evaluations,
            FieldEvaluationRepository repository,
            FieldEvaluationPhotoRepository photos,
            EvidenceStore store,
            RegionAccess access,
            AuditTrail audit,
            @Value("${kc.field-evaluation.photos.max-count:30}") int maxPhotos,
            @Value("${kc.field-evaluation.photos.quota:100MB}") DataSize quota) {
        this.evaluations = evaluations;
        this.repository = repository;
        this.photos = photos;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.maxPhotos = maxPhotos;
        this.quota = quota;
    }

    /** Adds a photo with its caption (ADMIN; audited {@code FIELD_EVALUATION_PHOTO_ADDED}). */
    @Transactional
    public FieldEvaluationPhoto upload(
            String region, int year, int semester, String filename, byte[] content, String caption, Actor actor) {
        access.ensureAdmin(actor);
        FieldEvaluationView evaluation = evaluations.find(region, year, semester);
        CheckedFile file = CheckedFile.image(filename, content);
        String text = FieldEvaluationRules.text(caption, "caption", FieldEvaluationRules.CAPTION_LENGTH);
        repository.lock(region, year, semester); // two uploads at once cannot both pass the limits
        ensureWithinLimits(evaluation.id(), file.size());
        UUID id = UUID.randomUUID();
        String stored = "field-evaluation/" + id;
        FieldEvaluationPhoto photo = new FieldEvaluationPhoto(
                id, text, file.name(), file.contentType(), file.size(), actor.username(), OffsetDateTime.now());
        photos.insert(evaluation.id(), photo, stored, file.sha256());
        store.put(stored, file.content());
        audit.record(AuditEvent.by(actor.username(), "FIELD_EVALUATION_PHOTO_ADDED")
                .inRegion(region)
                .about(subject(year, semester) + " photo")
                .to(file.name() + " (" + id + "): " + text));
        return photo;
    }

    /** The evaluation's photos in the order they came: administrators and the region's operator. */
    public List<FieldEvaluationPhoto> list(String region, int year, int semester, Actor reader) {
        return photos.of(evaluations.get(region, year, semester, reader).id());
    }

    /** The photos of each of the region's evaluations, by the evaluation's id: as {@link #list}. */
    public Map<Long, List<FieldEvaluationPhoto>> ofRegion(String region, Actor reader) {
        access.ensureAdminOperatorOrMentorOf(reader, region);
        return photos.ofRegion(region);
    }

    /** The photo and its content: administrators and the region's operator; 404 for another evaluation's. */
    public Download download(String region, int year, int semester, UUID id, Actor reader) {
        FieldEvaluationView evaluation = evaluations.get(region, year, semester, reader);
        FieldEvaluationPhotoRepository.Stored photo = find(evaluation, id);
        byte[] content = store.get(photo.storedName()).orElseThrow(() -> notFound(id));
        return new Download(photo.view(), content);
    }

    /** Removes the photo and its content (ADMIN; audited {@code FIELD_EVALUATION_PHOTO_REMOVED}). */
    @Transactional
    public void remove(String region, int year, int semester, UUID id, Actor actor) {
        access.ensureAdmin(actor);
        FieldEvaluationPhotoRepository.Stored stored = find(evaluations.find(region, year, semester), id);
        photos.delete(id);
        store.delete(stored.storedName());
        audit.record(AuditEvent.by(actor.username(), "FIELD_EVALUATION_PHOTO_REMOVED")
                .inRegion(region)
                .about(subject(year, semester) + " photo")
                .from(stored.view().name() + " (" + id + "): " + stored.view().caption()));
    }

    public Limits limits() {
        return new Limits(maxPhotos, megabytes(quota.toBytes()));
    }

    private FieldEvaluationPhotoRepository.Stored find(FieldEvaluationView evaluation, UUID id) {
        return photos.find(evaluation.id(), id).orElseThrow(() -> notFound(id));
    }

    /** Called with the evaluation's row locked, so two uploads cannot both pass the limits. */
    private void ensureWithinLimits(long evaluation, long size) {
        FieldEvaluationPhotoRepository.Usage used = photos.usage(evaluation);
        if (used.photos() >= maxPhotos) {
            throw new Conflict(
                    "fieldEvaluation.photos.tooMany",
                    "The evaluation has " + used.photos() + " photos, the most it may have",
                    maxPhotos);
        }
        if (used.bytes() + size > quota.toBytes()) {
            throw new Conflict(
                    "fieldEvaluation.photos.quotaExceeded",
                    "The evaluation's photos would exceed " + megabytes(quota.toBytes()) + " MB ("
                            + megabytes(used.bytes()) + " MB used)",
                    megabytes(quota.toBytes()),
                    megabytes(used.bytes()));
        }
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("fieldEvaluation.photo.notFound", "No photo " + id + " in the evaluation", id);
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
