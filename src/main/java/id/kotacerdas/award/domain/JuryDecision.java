package id.kotacerdas.award.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jury's confirmation checked against the proposal (docs/method.md, section 8.4): a note always; winners among
 * the ranked competitors, each once; a reason for every departure from the proposal: a winner ranked below the
 * places, and a proposed region left out. Deciding a tie at the cut-off is no departure: the tied regions left out
 * need no reason once the places left for the tie are taken by regions of the tie.
 */
public record JuryDecision(String note, List<Winner> winners, List<Departure> departures) {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_REASON = 1000;

    public static JuryDecision check(Proposal proposal, List<String> chosen, String note, Map<String, String> reasons) {
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.isEmpty() || cleanNote.length() > MAX_NOTE) {
            throw new InvalidInput("note", "award.note", "The jury's note is required, at most 2000 characters");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : chosen == null ? List.<String>of() : chosen) {
            String clean = code == null ? "" : code.strip();
            if (!clean.isEmpty() && !codes.add(clean)) {
                throw new InvalidInput("winners", "award.winners.duplicate", "Listed twice: " + clean, clean);
            }
        }
        if (codes.isEmpty()) {
            throw new InvalidInput("winners", "award.winners.empty", "The jury confirms at least one winner");
        }
        List<Winner> winners = new ArrayList<>();
        List<Departure> departures = new ArrayList<>();
        for (String code : codes) {
            Standing s = proposal.standing(code)
                    .orElseThrow(() -> new InvalidInput(
                            "winners", "award.winner.notRanked", "Not a ranked competitor: " + code, code));
            winners.add(Winner.of(s));
            if (!s.proposed()) {
                departures.add(departure(s, "ADDED", reasons));
            }
        }
        long tieTaken = proposal.ranked().stream()
                .filter(s -> s.tiedAtCutoff() && codes.contains(s.regionCode()))
                .count();
        for (Standing s : proposal.proposed()) {
            boolean tieDecided =
                    s.tiedAtCutoff() && tieTaken >= proposal.tieAtCutoff().placesLeft();
            if (!codes.contains(s.regionCode()) && !tieDecided) {
                departures.add(departure(s, "LEFT_OUT", reasons));
            }
        }
        return new JuryDecision(cleanNote, winners, departures);
    }

    private static Departure departure(Standing s, String change, Map<String, String> reasons) {
        String reason = reasons == null ? null : reasons.get(s.regionCode());
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON) {
            throw (InvalidInput) new InvalidInput(
                            "reasons",
                            "award.override.reason",
                            "A departure from the proposal needs a reason: " + s.regionCode(),
                            s.competitor().regionName(),
                            s.regionCode())
                    .with("region", s.regionCode());
        }
        return new Departure(s.regionCode(), s.competitor().regionName(), change, clean);
    }
}
