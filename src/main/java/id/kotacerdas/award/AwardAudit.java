package id.kotacerdas.award;

import id.kotacerdas.award.domain.AwardDefinition;
import id.kotacerdas.award.domain.Departure;
import id.kotacerdas.award.domain.JuryDecision;
import id.kotacerdas.award.domain.Winner;
import java.util.stream.Collectors;

/** How an award's changes read in the audit trail. */
final class AwardAudit {

    private AwardAudit() {}

    static String subject(AwardDefinition d) {
        return "award " + d.slug();
    }

    /** "Kabupaten dengan Smart Governance terbaik | SMART_DIMENSION_OUTCOME GOVERNANCE | kind KABUPATEN | 1 place(s)". */
    static String definition(AwardDefinition d) {
        return d.name() + " | " + d.measure() + (d.subject() == null ? "" : " " + d.subject())
                + (d.track() == null ? "" : " | track " + d.track())
                + (d.kind() == null ? "" : " | kind " + d.kind())
                + " | " + d.places() + " place(s)";
    }

    /** "winners: 33.05 rank 1 (3.83); left out: 51.03 (reason); note: ...". */
    static String decision(JuryDecision decision) {
        String winners = decision.winners().stream().map(AwardAudit::winner).collect(Collectors.joining(", "));
        String departures =
                decision.departures().stream().map(AwardAudit::departure).collect(Collectors.joining("; "));
        return "winners: " + winners + (departures.isEmpty() ? "" : "; " + departures) + "; note: " + decision.note();
    }

    private static String winner(Winner w) {
        return w.regionCode() + " rank " + w.rank() + " (" + w.value().toPlainString() + ")";
    }

    private static String departure(Departure d) {
        return (d.change().equals("ADDED") ? "added " : "left out ") + d.regionCode() + " (" + d.reason() + ")";
    }
}
