package id.kotacerdas.instrument;

import id.kotacerdas.instrument.domain.Instrument;
import id.kotacerdas.instrument.domain.Period;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads periods for the use cases, locking the period row so that concurrent edits queue up. */
@Component
class Periods {

    private final InstrumentRepository repository;
    private final JdbcClient jdbc;

    Periods(InstrumentRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    Period get(int year) {
        return repository.period(year).orElseThrow(() -> notFound(year));
    }

    /** Reads the period for change inside the caller's transaction. */
    Period lock(int year) {
        jdbc.sql("select year from period where year = ? for update")
                .param(year)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> notFound(year));
        return get(year);
    }

    /**
     * Reads the period in share mode inside the caller's transaction: a move to another stage ({@link #lock},
     * {@code for update}) waits until the caller commits, and the caller waits for a move under way, then
     * reads the stage it left.
     */
    Period lockShared(int year) {
        jdbc.sql("select year from period where year = ? for share")
                .param(year)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> notFound(year));
        return get(year);
    }

    Instrument instrument(int year) {
        return repository.instrument(year);
    }

    void save(Period period) {
        if (!repository.update(period)) {
            throw new Conflict(
                    "period.stale", "Period " + period.year() + " was changed by someone else", period.year());
        }
    }

    static NotFound notFound(int year) {
        return new NotFound("period.notFound", "No evaluation period " + year, year);
    }
}
