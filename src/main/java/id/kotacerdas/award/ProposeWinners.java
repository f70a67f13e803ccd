package id.kotacerdas.award;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import org.springframework.stereotype.Service;

/**
 * The system proposes an award's winners from the period's results (once they are final): every competitor
 * ranked with its number and working, those within the places proposed, a tie at the cut-off reported. For the
 * jury (administrators).
 */
@Service
public class ProposeWinners {

    private final Awards awards;
    private final Standings standings;
    private final RegionAccess access;

    ProposeWinners(Awards awards, Standings standings, RegionAccess access) {
        this.awards = awards;
        this.standings = standings;
        this.access = access;
    }

    public AwardProposal proposal(int year, String ref, Actor actor) {
        access.ensureAdmin(actor);
        StoredAward award = awards.stored(year, ref);
        return new AwardProposal(
                awards.view(award, standings.facts(year)), standings.propose(year, award.definition()));
    }
}
