package id.kotacerdas.programme.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cohort an administrator confirms: the proposed candidates, less those dropped, plus those included, each
 * override with its reason. An included candidate must be complete and not proposed; a dropped one proposed; one
 * override per region; the cohort must not be empty. Whether the cohort then matches the quota is the
 * administrator's decision (the page shows the count against the quota).
 */
public record CohortDecision(List<String> selected, List<CohortOverride> overrides) {

    /** The longest reason. */
    public static final int REASON_LENGTH = 1000;

    public CohortDecision {
        selected = List.copyOf(selected);
        overrides = List.copyOf(overrides);
    }

    /**
     * @throws InvalidInput on field {@code overrides} ({@code selection.override.*}, {@code selection.cohort.empty})
     *     or {@code reason} ({@code selection.override.reason})
     */
    public static CohortDecision decide(SelectionRanking ranking, List<CohortOverride> sent) {
        Set<String> seen = new HashSet<>();
        List<CohortOverride> overrides = new ArrayList<>();
        for (CohortOverride o : sent) {
            String code = o.regionCode() == null ? "" : o.regionCode().strip();
            if (o.kind() == null) {
                throw new InvalidInput(
                        "overrides", "selection.override.kind", "An override includes or drops a candidate", code);
            }
            if (!seen.add(code)) {
                throw new InvalidInput("overrides", "selection.override.twice", code + " is overridden twice", code);
            }
            RankedCandidate candidate = ranking.candidate(code)
                    .orElseThrow(() -> new InvalidInput(
                            "overrides", "selection.override.notCandidate", code + " is not a candidate", code));
            String reason = o.reason() == null ? "" : o.reason().strip();
            if (reason.isEmpty() || reason.length() > REASON_LENGTH) {
                throw new InvalidInput(
                        "reason",
                        "selection.override.reason",
                        "Overriding the proposal for " + code + " needs a reason (at most 1000 characters)",
                        code);
            }
            if (o.kind() == CohortOverride.Kind.INCLUDE) {
                if (candidate.proposed()) {
                    throw new InvalidInput(
                            "overrides", "selection.override.alreadyProposed", code + " is proposed already", code);
                }
                if (candidate.status() == RankedCandidate.Status.INCOMPLETE) {
                    throw new InvalidInput(
                            "overrides",
                            "selection.override.incomplete",
                            code + " lacks a parameter and cannot be included",
                            code);
                }
            } else if (!candidate.proposed()) {
                throw new InvalidInput(
                        "overrides",
                        "selection.override.notProposed",
                        code + " is not proposed: nothing to drop",
                        code);
            }
            overrides.add(new CohortOverride(code, o.kind(), reason));
        }
        Set<String> dropped = new HashSet<>();
        Set<String> included = new HashSet<>();
        overrides.forEach(o -> (o.kind() == CohortOverride.Kind.DROP ? dropped : included).add(o.regionCode()));
        Set<String> selected = new LinkedHashSet<>();
        for (RankedCandidate c : ranking.candidates()) {
            if ((c.proposed() && !dropped.contains(c.regionCode())) || included.contains(c.regionCode())) {
                selected.add(c.regionCode());
            }
        }
        if (selected.isEmpty()) {
            throw new InvalidInput("overrides", "selection.cohort.empty", "The cohort would have no region");
        }
        return new CohortDecision(new ArrayList<>(selected), overrides);
    }
}
