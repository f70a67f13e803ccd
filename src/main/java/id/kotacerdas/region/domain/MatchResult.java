package id.kotacerdas.region.domain;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of matching a written region name against the registry: an {@link Exact} match, a loose
 * {@link Suggested} match that a person must confirm, or {@link Unmatched} with a reason. A matcher never
 * guesses between equally good candidates.
 */
public sealed interface MatchResult permits MatchResult.Exact, MatchResult.Suggested, MatchResult.Unmatched {

    /**
     * The input names this region once normalised (case, accents, kind prefix and punctuation ignored).
     *
     * @param region the matched registry entry
     */
    record Exact(RegionName region) implements MatchResult {
        public Exact {
            Objects.requireNonNull(region, "region");
        }
    }

    /**
     * The input is probably a misspelling of this region: it is the only one at the smallest edit distance.
     *
     * @param region the suggested registry entry
     * @param distance the Levenshtein distance between the normalised keys (0 when only the reading of the
     *     prefix differed, e.g. {@code "Kota Baru"} for {@code Kabupaten Kotabaru})
     */
    record Suggested(RegionName region, int distance) implements MatchResult {
        public Suggested {
            Objects.requireNonNull(region, "region");
            if (distance < 0) {
                throw new IllegalArgumentException("distance must not be negative");
            }
        }
    }

    /**
     * No region could be chosen.
     *
     * @param why a machine-readable cause, for translation in the UI
     * @param reason an English explanation naming the input and, when ambiguous, the candidates
     * @param candidates the regions the input could mean (the tied ones when ambiguous, near ones as hints
     *     otherwise); possibly empty
     */
    record Unmatched(Why why, String reason, List<RegionName> candidates) implements MatchResult {

        /** Machine-readable cause of an {@link Unmatched} result. */
        public enum Why {
            /** Nothing in the registry is close enough to the input. */
            UNKNOWN,
            /** Two or more regions fit the input equally well. */
            AMBIGUOUS,
            /** The input holds no name at all. */
            EMPTY
        }

        public Unmatched {
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(reason, "reason");
            candidates = List.copyOf(candidates);
        }
    }
}
