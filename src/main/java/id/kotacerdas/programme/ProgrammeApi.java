package id.kotacerdas.programme;

import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.security.Actor;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The programme module's facade: which regions are in the programme (*Gerakan Menuju Kota Cerdas*) and since when,
 * from the cohorts confirmed in candidate selections. Other modules (the evaluation's participants, awards) read
 * it here.
 */
@Service
public class ProgrammeApi {

    private final SelectionRepository repository;
    private final RegionApi regions;

    ProgrammeApi(SelectionRepository repository, RegionApi regions) {
        this.repository = repository;
        this.regions = regions;
    }

    /** Every region in the programme with the cohort it joined, the earliest year first (then by region code). */
    public List<ProgrammeParticipant> participants() {
        return repository.participants().stream()
                .map(p -> {
                    RegionView r = regions.get(p.regionCode());
                    return new ProgrammeParticipant(
                            p.regionCode(),
                            r.name(),
                            r.kind(),
                            r.provinceName(),
                            p.year(),
                            p.selectionId(),
                            p.selectionName(),
                            p.mouNumber(),
                            p.mouSignedOn(),
                            p.cohorts());
                })
                .sorted(Comparator.comparingInt(ProgrammeParticipant::joined)
                        .thenComparing(ProgrammeParticipant::regionCode))
                .toList();
    }

    /** The participants, for an administrator (the URL rules ask for one too). */
    public List<ProgrammeParticipant> participants(Actor actor) {
        SelectionAccess.requireAdmin(actor);
        return participants();
    }
}
