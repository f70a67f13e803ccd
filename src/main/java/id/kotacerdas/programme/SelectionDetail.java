package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.CohortOverride;
import id.kotacerdas.programme.domain.RankedCandidate;
import id.kotacerdas.programme.domain.SelectionRanking;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A selection with its ranking, as the page and the API show it: before confirmation the proposal is the
 * selection; once confirmed, the regions it selected (the proposal with the overrides), each with its MoU.
 *
 * @param regionNames the registry's name of each candidate region
 * @param selected the proposed regions, or the confirmed cohort once confirmed
 * @param overrides the confirmed overrides by region (empty before confirmation)
 * @param mous the MoU of each selected region once confirmed, by region
 */
public record SelectionDetail(
        SelectionView selection,
        SelectionRanking ranking,
        Map<String, String> regionNames,
        Set<String> selected,
        Map<String, CohortOverride> overrides,
        Map<String, Mou> mous) {

    public boolean selected(RankedCandidate candidate) {
        return selected.contains(candidate.regionCode());
    }

    public String name(String regionCode) {
        return regionNames.getOrDefault(regionCode, regionCode);
    }

    /** The candidates, ranked first, as the ranking orders them. */
    public List<RankedCandidate> candidates() {
        return ranking.candidates();
    }
}
