package id.kotacerdas.programme.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A selection's candidates ranked: the ranked ones by rank (then region code), then those in an earlier cohort by
 * composite, then the incomplete ones by line; each parameter's distribution; and the tie at the cut-off, when
 * there is one.
 */
public record SelectionRanking(
        SelectionWeights weights,
        int quota,
        List<RankedCandidate> candidates,
        Map<Parameter, Distribution> distributions,
        CutoffTie tie) {

    public SelectionRanking {
        candidates = List.copyOf(candidates);
        EnumMap<Parameter, Distribution> copy = new EnumMap<>(Parameter.class);
        copy.putAll(distributions);
        distributions = Collections.unmodifiableMap(copy);
    }

    public Optional<CutoffTie> cutoffTie() {
        return Optional.ofNullable(tie);
    }

    public Optional<RankedCandidate> candidate(String regionCode) {
        return candidates.stream()
                .filter(c -> c.regionCode().equals(regionCode))
                .findFirst();
    }

    public List<RankedCandidate> proposed() {
        return candidates.stream().filter(RankedCandidate::proposed).toList();
    }

    public long count(RankedCandidate.Status status) {
        return candidates.stream().filter(c -> c.status() == status).count();
    }
}
