package id.kotacerdas.assessment;

import id.kotacerdas.assessment.SelfAssessmentRepository.StoredEvidence;
import id.kotacerdas.assessment.domain.EvidenceRules;
import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.NotFound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of a self-assessment: checked by content (Apache Tika's magic detection), stored
 * outside the web root under generated names, and given only to the region's operator and admins.
 */
@Service
public class EvidenceFiles {

    /** A stored file and how to serve it. */
    public record Download(EvidenceView evidence, byte[] content) {}

    private final SelfAssessmentRepository repository;
    private final SelfAssessmentContext context;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final Path directory;
    private final Tika tika = new Tika();

    EvidenceFiles(
            SelfAssessmentRepository repository,
            SelfAssessmentContext context,
            RegionAccess access,
            AuditTrail audit,
            @Value("${kc.data-dir}") String dataDir) {
        this.repository = repository;
        this.context = context;
        this.access = access;
        this.audit = audit;
        this.directory = Path.of(dataDir).toAbsolutePath().resolve("evidence");
    }

    @Transactional
    public EvidenceView upload(int year, String region, int questionNo, String filename, byte[] content, Actor actor) {
        access.ensureOperatorOf(actor, region);
        context.ensureParticipant(year, region);
        context.ensureQuestion(year, questionNo);
        String name = EvidenceRules.checkName(filename);
        EvidenceRules.checkSize(content == null ? 0 : content.length);
        String type = EvidenceRules.servedType(tika.detect(content));
        boolean submitted = repository.lockSubmission(year, region).submitted();
        context.window(year).ensureOpen(context.today(), submitted);
        UUID id = UUID.randomUUID();
        String stored = id.toString();
        write(stored, content);
        EvidenceView view =
                new EvidenceView(id, questionNo, name, type, content.length, actor.username(), OffsetDateTime.now());
        repository.insertEvidence(new StoredEvidence(view, region, year, stored), sha256(content));
        audit.record(AuditEvent.by(actor.username(), "EVIDENCE_ADDED")
                .in(year, region)
                .about("question " + questionNo)
                .to(name + " (" + id + ")"));
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
        try {
            return new Download(stored.view(), Files.readAllBytes(directory.resolve(stored.storedName())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String stored, byte[] content) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(stored), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
