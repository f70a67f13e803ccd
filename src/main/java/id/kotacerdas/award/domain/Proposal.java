package id.kotacerdas.award.domain;

import java.util.List;
import java.util.Optional;

/**
 * The system's proposal for an award: every competitor with a number, ranked, higher first (tied regions listed
 * by name); those within the places proposed, a tie at the cut-off reported; and the competitors without a
 * number, listed with why but not ranked.
 *
 * @param tieAtCutoff null when the last place is not shared
 */
public record Proposal(int places, List<Standing> ranked, List<Competitor> unranked, Cutoff tieAtCutoff) {

    public Proposal {
        ranked = List.copyOf(ranked);
        unranked = List.copyOf(unranked);
    }

    public List<Standing> proposed() {
        return ranked.stream().filter(Standing::proposed).toList();
    }

    public Optional<Standing> standing(String regionCode) {
        return ranked.stream().filter(s -> s.regionCode().equals(regionCode)).findFirst();
    }

    /** How many regions competed and had a number: the "out of" of a winner's rank. */
    public int competitors() {
        return ranked.size();
    }
}
