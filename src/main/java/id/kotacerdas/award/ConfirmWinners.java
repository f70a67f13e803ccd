package id.kotacerdas.award;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.award.domain.JuryDecision;
import id.kotacerdas.award.domain.Proposal;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury (an administrator) confirms an award's winners with a note, checked against the proposal computed now:
 * a departure from it needs a reason (docs/method.md, section 8.4). Each winner keeps the number it was ranked on
 * as it stood at the confirmation. Confirming again replaces the winners; refused once the award is published.
 * Audited with the winners, the departures and their reasons.
 */
@Service
public class ConfirmWinners {

    private final AwardRepository repository;
    private final Awards awards;
    private final Standings standings;
    private final RegionAccess access;
    private final AuditTrail audit;

    ConfirmWinners(
            AwardRepository repository, Awards awards, Standings standings, RegionAccess access, AuditTrail audit) {
        this.repository = repository;
        this.awards = awards;
        this.standings = standings;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public AwardView confirm(
            int year, String ref, List<String> winners, String note, Map<String, String> reasons, Actor actor) {
        access.ensureAdmin(actor);
        StoredAward award = awards.locked(year, ref);
        DefineAward.ensureNotPublished(award);
        Proposal proposal = standings.propose(year, award.definition());
        JuryDecision decision = JuryDecision.check(proposal, winners, note, reasons);
        repository.confirm(award.id(), decision, proposal.competitors(), actor.username());
        audit.record(AuditEvent.by(actor.username(), "AWARD_WINNERS_CONFIRMED")
                .inPeriod(year)
                .about(AwardAudit.subject(award.definition()))
                .from(award.status().name())
                .to(AwardAudit.decision(decision)));
        return awards.view(awards.locked(year, ref), standings.facts(year));
    }
}
