package id.kotacerdas.assessment;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each assessor on a region's panel lists Kekuatan (strengths), Kelemahan (weaknesses) and
 * Rekomendasi (recommendations), while the period is in ASSESSMENT; findings are signed with the
 * assessor's name and affiliation. Findings are blind like the scores: an assessor reads the others' only
 * after submitting their own scoring.
 */
@Service
public class WriteFindings {

    private static final Set<String> KINDS = Set.of("KEKUATAN", "KELEMAHAN", "REKOMENDASI");
    private static final int MAX_TEXT = 4_000;

    private final PanelRecordsRepository records;
    private final SelfAssessmentContext context;
    private final RegionAccess access;
    private final SignedFindings signed;
    private final AuditTrail audit;
    private final PanelRepository panels;
    private final RegionDisclosure disclosure;

    WriteFindings(
            PanelRecordsRepository records,
            SelfAssessmentContext context,
            RegionAccess access,
            SignedFindings signed,
            AuditTrail audit,
            PanelRepository panels,
            RegionDisclosure disclosure) {
        this.records = records;
        this.panels = panels;
        this.disclosure = disclosure;
        this.context = context;
        this.access = access;
        this.signed = signed;
        this.audit = audit;
    }

    @Transactional
    public FindingView add(int year, String region, String kind, String text, Actor assessor) {
        access.ensureAssessorOf(assessor, year, region);
        ensureOpen(year);
        if (kind == null || !KINDS.contains(kind)) {
            throw new InvalidInput("kind", "finding.kind", "Kind must be KEKUATAN, KELEMAHAN or REKOMENDASI");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new InvalidInput("text", "finding.text", "The finding needs text of at most 4,000 characters");
        }
        long id = records.addFinding(year, region, assessor.username(), kind, text.strip());
        audit.record(AuditEvent.by(assessor.username(), "FINDING_ADDED")
                .in(year, region)
                .about(kind)
                .to(text.strip()));
        return findings(year, region, assessor).stream()
                .filter(f -> f.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void remove(int year, String region, long id, Actor assessor) {
        access.ensureAssessorOf(assessor, year, region);
        ensureOpen(year);
        if (!records.deleteFinding(id, year, region, assessor.username())) {
            throw new NotFound("finding.notFound", "No finding " + id + " of yours", id);
        }
        audit.record(AuditEvent.by(assessor.username(), "FINDING_REMOVED")
                .in(year, region)
                .about(String.valueOf(id)));
    }

    /**
     * The findings the reader may see: administrators all; an assessor of the panel their own until they
     * have submitted their scores, then all (blind, like the scores); the region's operator all once the
     * period is PUBLISHED, none before (403).
     */
    public List<FindingView> findings(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        disclosure.ensureDisclosed(reader, year);
        boolean blind = reader.isAssessor() && !panels.submitted(year, region, reader.username());
        return signed.of(year, region).stream()
                .filter(f -> !blind || reader.is(f.assessor()))
                .toList();
    }

    private void ensureOpen(int year) {
        if (!context.lockedWindow(year).periodStatus().scoringOpen()) {
            throw new Conflict("findings.notOpen", "Findings are written while the period is in ASSESSMENT", year);
        }
    }
}
