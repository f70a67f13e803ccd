package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.programme.domain.Candidate;
import id.kotacerdas.programme.domain.CandidateSheet;
import id.kotacerdas.programme.domain.LoadRefusal;
import id.kotacerdas.programme.domain.SheetRow;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a selection's candidates from a CSV file or an XLSX workbook ({@code region_code, IKBT, IKB, IKH, KKD}).
 * Every row is checked first (docs/method.md, section 8.3): a refused row refuses the whole load, reported row by
 * row with every reason, and the selection keeps its candidates; a clean load replaces them all. Refused once the
 * cohort is confirmed (409 selection.confirmed). A stored load is audited.
 */
@Service
public class LoadCandidates {

    private final SelectionRepository repository;
    private final RegionApi regions;
    private final AuditTrail audit;

    LoadCandidates(SelectionRepository repository, RegionApi regions, AuditTrail audit) {
        this.repository = repository;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public LoadReport load(long id, byte[] content, String filename, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        StoredSelection selection = Selections.open(repository.lock(id).orElseThrow(() -> Selections.notFound(id)));
        List<SheetRow> rows = CandidateFile.rows(content);
        CandidateSheet sheet =
                CandidateSheet.check(rows, code -> regions.find(code).isPresent());
        int dataRows = sheet.candidates().size()
                + (int) sheet.refusals().stream()
                        .map(LoadRefusal::line)
                        .distinct()
                        .count();
        List<LoadRefusal> refused = sheet.refusals().stream()
                .sorted(Comparator.comparingInt(LoadRefusal::line))
                .toList();
        if (!refused.isEmpty()) {
            return new LoadReport(id, dataRows, false, 0, 0, refused);
        }
        List<Candidate> candidates = sheet.candidates();
        int incomplete = (int) candidates.stream().filter(c -> !c.complete()).count();
        String file = filename == null || filename.isBlank() ? null : filename.strip();
        repository.replaceCandidates(id, candidates, file, actor.username());
        audit.record(AuditEvent.by(actor.username(), "SELECTION_CANDIDATES_LOADED")
                .inPeriod(selection.year())
                .about("selection " + id + ": " + selection.name() + (file == null ? "" : " (" + file + ")"))
                .from(selection.candidates() + " candidates")
                .to(candidates.size() + " candidates, " + incomplete + " incomplete"));
        return new LoadReport(id, dataRows, true, candidates.size(), incomplete, List.of());
    }
}
