package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.files.EvidenceStore;
import id.kotacerdas.shared.files.domain.CheckedFile;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A guidance session's materials (slides, modules, photos): checked as every evidence file is ({@link
 * CheckedFile}: PDF, office documents, PNG or JPEG, at most 5 MB), kept in the shared {@link EvidenceStore} as
 * {@code programme/<uuid>}, at most {@code kc.programme.session-materials-quota} per session. An administrator or a
 * mentor of a region attending uploads them (audited {@code GUIDANCE_MATERIAL_ADDED}); whoever may see the session
 * downloads them.
 */
@Service
public class GuidanceMaterials {

    /** A stored file and its content. */
    public record Download(GuidanceMaterial material, byte[] content) {}

    private final GuidanceSessions sessions;
    private final GuidanceSessionRepository sessionRows;
    private final GuidanceMaterialRepository repository;
    private final GuidanceAccess access;
    private final EvidenceStore store;
    private final AuditTrail audit;
    private final DataSize quota;

    GuidanceMaterials(
            GuidanceSessions sessions,
            GuidanceSessionRepository sessionRows,
            GuidanceMaterialRepository repository,
            GuidanceAccess access,
            EvidenceStore store,
            AuditTrail audit,
            @Value("${kc.programme.session-materials-quota:50MB}") DataSize quota) {
        this.sessions = sessions;
        this.sessionRows = sessionRows;
        this.repository = repository;
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.quota = quota;
    }

    @Transactional
    public GuidanceMaterial upload(long session, String filename, byte[] content, Actor actor) {
        GuidanceSessionView s = sessions.find(session);
        if (!actor.isAdmin() && s.regions().stream().noneMatch(r -> access.canGuide(actor, r.regionCode()))) {
            access.ensureCanGuide(actor, s.regions().get(0).regionCode()); // refused, and audited
        }
        CheckedFile file = CheckedFile.of(filename, content);
        sessionRows.lock(session);
        long used = repository.bytes(session);
        if (used + file.size() > quota.toBytes()) {
            throw new Conflict(
                    "guidance.materials.quotaExceeded",
                    "The session's materials would exceed " + megabytes(quota.toBytes()) + " MB (" + megabytes(used)
                            + " MB used)",
                    megabytes(quota.toBytes()),
                    megabytes(used));
        }
        UUID id = UUID.randomUUID();
        String stored = "programme/" + id;
        GuidanceMaterial material = new GuidanceMaterial(
                id, session, file.name(), file.contentType(), file.size(), actor.username(), OffsetDateTime.now());
        repository.insert(material, stored, file.sha256());
        store.put(stored, file.content());
        audit.record(AuditEvent.by(actor.username(), "GUIDANCE_MATERIAL_ADDED")
                .inPeriod(s.heldOn().getYear())
                .about("guidance session " + session + ": " + s.topic())
                .to(file.name() + " (" + id + ")"));
        return material;
    }

    /** The file, to whoever may see the session. */
    public Download download(long session, UUID id, Actor reader) {
        sessions.get(session, reader);
        GuidanceMaterialRepository.Stored file = repository
                .find(session, id)
                .orElseThrow(() -> new NotFound("guidance.material.notFound", "No material " + id, id));
        byte[] content = store.get(file.storedName())
                .orElseThrow(() -> new NotFound("guidance.material.notFound", "No content for material " + id, id));
        return new Download(file.view(), content);
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
