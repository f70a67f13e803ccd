package id.kotacerdas.award;

import id.kotacerdas.award.domain.AwardDefinition;
import id.kotacerdas.award.domain.Departure;
import id.kotacerdas.award.domain.Winner;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An award category with where it stands and, once confirmed, its winners (each with what it was awarded for) and
 * the jury's departures from the proposal.
 *
 * @param subjectName the name of what it ranks of its measure ("Outcome", "Smart Governance"), null for none
 * @param competitors how many regions competed with a number when the winners were confirmed
 */
public record AwardView(
        long id,
        int year,
        String slug,
        String name,
        String measure,
        String subject,
        String subjectName,
        String track,
        String kind,
        int places,
        String status,
        String juryNote,
        Integer competitors,
        String confirmedBy,
        OffsetDateTime confirmedAt,
        String publishedBy,
        OffsetDateTime publishedAt,
        List<Winner> winners,
        List<Departure> overrides) {

    static AwardView of(StoredAward a, String subjectName, List<Winner> winners, List<Departure> overrides) {
        AwardDefinition d = a.definition();
        return new AwardView(
                a.id(),
                a.year(),
                d.slug(),
                d.name(),
                d.measure().name(),
                d.subject(),
                subjectName,
                d.track(),
                d.kind(),
                d.places(),
                a.status().name(),
                a.juryNote(),
                a.competitors(),
                a.confirmedBy(),
                a.confirmedAt(),
                a.publishedBy(),
                a.publishedAt(),
                List.copyOf(winners),
                List.copyOf(overrides));
    }

    /** As the public reads it: without the administrators' usernames. */
    AwardView forPublic() {
        return new AwardView(
                id,
                year,
                slug,
                name,
                measure,
                subject,
                subjectName,
                track,
                kind,
                places,
                status,
                juryNote,
                competitors,
                null,
                confirmedAt,
                null,
                publishedAt,
                winners,
                overrides);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    /** The winner of this region; empty when it is not one. */
    public Optional<Winner> winner(String regionCode) {
        return winners.stream().filter(w -> w.regionCode().equals(regionCode)).findFirst();
    }
}
