package id.kotacerdas.award;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.award.domain.AwardDefinition;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator defines an award category of a period, or changes its definition until it is published. A
 * change after the jury confirmed winners takes the confirmation back: the winners were chosen for the old
 * definition. Audited.
 */
@Service
public class DefineAward {

    private final AwardRepository repository;
    private final Awards awards;
    private final Standings standings;
    private final InstrumentApi instruments;
    private final RegionAccess access;
    private final AuditTrail audit;

    DefineAward(
            AwardRepository repository,
            Awards awards,
            Standings standings,
            InstrumentApi instruments,
            RegionAccess access,
            AuditTrail audit) {
        this.repository = repository;
        this.awards = awards;
        this.standings = standings;
        this.instruments = instruments;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public AwardView create(int year, AwardDefinition definition, Actor actor) {
        access.ensureAdmin(actor);
        instruments.period(year);
        PeriodFacts facts = standings.facts(year);
        facts.check(definition);
        ensureSlugFree(year, definition.slug(), -1);
        long id = repository.insert(year, definition, actor.username());
        audit.record(AuditEvent.by(actor.username(), "AWARD_CREATED")
                .inPeriod(year)
                .about(AwardAudit.subject(definition))
                .to(AwardAudit.definition(definition)));
        return awards.view(awards.locked(year, String.valueOf(id)), facts);
    }

    @Transactional
    public AwardView change(int year, String ref, AwardDefinition definition, Actor actor) {
        access.ensureAdmin(actor);
        StoredAward award = awards.locked(year, ref);
        ensureNotPublished(award);
        PeriodFacts facts = standings.facts(year);
        facts.check(definition);
        ensureSlugFree(year, definition.slug(), award.id());
        repository.redefine(award.id(), definition);
        audit.record(AuditEvent.by(actor.username(), "AWARD_CHANGED")
                .inPeriod(year)
                .about(AwardAudit.subject(definition))
                .from(AwardAudit.definition(award.definition()) + " [" + award.status() + "]")
                .to(AwardAudit.definition(definition) + " [DRAFT]"));
        return awards.view(awards.locked(year, String.valueOf(award.id())), facts);
    }

    private void ensureSlugFree(int year, String slug, long except) {
        if (repository.slugTaken(year, slug, except)) {
            throw new Conflict("award.slug.taken", "Another award of " + year + " is named " + slug, slug, year);
        }
    }

    static void ensureNotPublished(StoredAward award) {
        if (award.status().frozen()) {
            throw new Conflict(
                    "award.published",
                    "Award " + award.definition().slug() + " is published and frozen",
                    award.definition().name());
        }
    }
}
