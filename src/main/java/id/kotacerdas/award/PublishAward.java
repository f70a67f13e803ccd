package id.kotacerdas.award;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.award.domain.AwardStatus;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes an award whose winners the jury confirmed, once the period's results are public (PUBLISHED): the list
 * and each winner's certificate become public, and the award is frozen: nothing of it changes any more. Audited.
 */
@Service
public class PublishAward {

    private final AwardRepository repository;
    private final Awards awards;
    private final Standings standings;
    private final InstrumentApi instruments;
    private final RegionAccess access;
    private final AuditTrail audit;

    PublishAward(
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
    public AwardView publish(int year, String ref, Actor actor) {
        access.ensureAdmin(actor);
        StoredAward award = awards.locked(year, ref);
        DefineAward.ensureNotPublished(award);
        if (award.status() != AwardStatus.CONFIRMED) {
            throw new Conflict(
                    "award.notConfirmed",
                    "Award " + ref + " has no confirmed winners",
                    award.definition().name());
        }
        if (!instruments.period(year).status().resultsPublic()) {
            throw new Conflict("award.resultsNotPublic", "The results of " + year + " are not published", year);
        }
        repository.publish(award.id(), actor.username());
        audit.record(AuditEvent.by(actor.username(), "AWARD_PUBLISHED")
                .inPeriod(year)
                .about(AwardAudit.subject(award.definition()))
                .from(award.status().name())
                .to(AwardStatus.PUBLISHED.name()));
        return awards.view(awards.locked(year, ref), standings.facts(year));
    }
}
