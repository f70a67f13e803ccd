package id.kotacerdas.scoring;

import java.util.Set;

/** Which loosely matched rows a person confirmed: all of them, or those of the given lines. */
public record SuggestionAcceptance(boolean all, Set<Integer> lines) {

    public static final SuggestionAcceptance NONE = new SuggestionAcceptance(false, Set.of());
    public static final SuggestionAcceptance ALL = new SuggestionAcceptance(true, Set.of());

    public SuggestionAcceptance {
        lines = Set.copyOf(lines);
    }

    public static SuggestionAcceptance lines(Set<Integer> lines) {
        return new SuggestionAcceptance(false, lines);
    }

    boolean accepts(int line) {
        return all || lines.contains(line);
    }
}
