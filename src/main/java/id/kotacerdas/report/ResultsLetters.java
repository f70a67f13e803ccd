package id.kotacerdas.report;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.InstrumentView.DimensionView;
import id.kotacerdas.report.domain.LetterDraft;
import id.kotacerdas.report.domain.ResultsLetter;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results letter of a period: as an administrator wrote it, or drafted from the period's data until then.
 * Only administrators read or change the text; the printed letter is public as the national table is.
 */
@Service
public class ResultsLetters {

    /** The letter, and whether it is still the app's draft (no administrator has saved one). */
    public record Letter(int year, ResultsLetter letter, boolean drafted) {}

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final LetterRepository repository;
    private final InstrumentApi instruments;
    private final NationalResultsApi results;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    ResultsLetters(
            LetterRepository repository,
            InstrumentApi instruments,
            NationalResultsApi results,
            RegionAccess access,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.instruments = instruments;
        this.results = results;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Letter get(int year, Actor actor) {
        access.ensureAdmin(actor);
        return current(year);
    }

    @Transactional
    public Letter save(int year, ResultsLetter letter, Actor actor) {
        access.ensureAdmin(actor);
        instruments.period(year);
        repository.save(year, letter, actor.username());
        audit.record(AuditEvent.by(actor.username(), "RESULTS_LETTER_SAVED")
                .inPeriod(year)
                .about("results letter")
                .to(letter.number()));
        return new Letter(year, letter, false);
    }

    /** Without an access check: for printing, which checks what the reader may see itself. */
    Letter current(int year) {
        instruments.period(year);
        return repository.find(year).map(l -> new Letter(year, l, false)).orElseGet(() -> draft(year));
    }

    private Letter draft(int year) {
        InstrumentView instrument = instruments.instrument(year);
        Map<String, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
        instrument.tracks().forEach(track -> {
            Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
            for (DimensionView d : instrument.dimensions()) {
                BigDecimal w = d.weights().get(track.code());
                if (w != null) {
                    dimensions.put(d.name(), w);
                }
            }
            weights.put(track.name(), dimensions);
        });
        int participants = instruments.participants(year).size();
        int withResult = results.table(year).lines().size();
        return new Letter(
                year,
                LetterDraft.of(new LetterDraft.Facts(
                        year, participants, withResult, weights, LocalDate.now(clock.withZone(JAKARTA)))),
                true);
    }
}
