package id.kotacerdas.award;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.shared.domain.NotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The award module's facade for reading: a period's award categories as the reader may see them. Administrators
 * read every category; anyone else only the published ones, with their winners.
 */
@Service
public class Awards {

    private final AwardRepository repository;
    private final InstrumentApi instruments;
    private final Standings standings;

    Awards(AwardRepository repository, InstrumentApi instruments, Standings standings) {
        this.repository = repository;
        this.instruments = instruments;
        this.standings = standings;
    }

    /** The period's awards: all of them for an administrator, else the published ones; 404 without the period. */
    public List<AwardView> list(int year, boolean admin) {
        instruments.period(year);
        PeriodFacts facts = standings.facts(year);
        return repository.list(year).stream()
                .filter(a -> admin || a.status().published())
                .map(a -> admin ? view(a, facts) : view(a, facts).forPublic())
                .toList();
    }

    /** What the period's awards can rank, for the definition form; 404 without the period. */
    public AwardOptions options(int year) {
        instruments.period(year);
        PeriodFacts facts = standings.facts(year);
        Map<String, String> smart = new LinkedHashMap<>();
        facts.smartDimensions().forEach((code, s) -> smart.put(code, s.name()));
        return new AwardOptions(facts.dimensions(), smart, facts.tracks());
    }

    /** One award by its slug or id; 404 {@code award.notFound} when there is none the reader may see. */
    public AwardView get(int year, String ref, boolean admin) {
        instruments.period(year);
        StoredAward award = repository
                .find(year, ref)
                .filter(a -> admin || a.status().published())
                .orElseThrow(() -> notFound(year, ref));
        AwardView view = view(award, standings.facts(year));
        return admin ? view : view.forPublic();
    }

    /** The award by its slug or id, whatever its status; 404 when the period has none. */
    StoredAward stored(int year, String ref) {
        instruments.period(year);
        return repository.find(year, ref).orElseThrow(() -> notFound(year, ref));
    }

    /** The award, its row locked until the transaction ends; 404 when the period has no such award. */
    StoredAward locked(int year, String ref) {
        instruments.period(year);
        return repository.lock(year, ref).orElseThrow(() -> notFound(year, ref));
    }

    AwardView view(StoredAward award, PeriodFacts facts) {
        return AwardView.of(
                award,
                facts.subjectName(award.definition()),
                repository.winners(award.id()),
                repository.departures(award.id()));
    }

    static NotFound notFound(int year, String ref) {
        return new NotFound("award.notFound", "No award " + ref + " in " + year, ref, year);
    }
}
