package id.kotacerdas.award.web;

import id.kotacerdas.award.AwardProposal;
import id.kotacerdas.award.AwardView;
import id.kotacerdas.award.domain.AwardDefinition;
import id.kotacerdas.award.domain.Competitor;
import id.kotacerdas.award.domain.Cutoff;
import id.kotacerdas.award.domain.Standing;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The award API's request and response bodies. */
final class AwardBodies {

    private AwardBodies() {}

    /** An award's definition as the API takes it; {@code slug} optional (made from the name), codes any case. */
    record DefinitionBody(
            String name, String slug, String measure, String subject, String track, String kind, Integer places) {

        AwardDefinition checked() {
            return AwardDefinition.checked(name, slug, measure, subject, track, kind, places);
        }
    }

    /** The jury's confirmation: the winners' region codes, a note, and a reason per departure from the proposal. */
    @Schema(name = "AwardConfirmationBody") // the API contract: another type of the API has its simple name
    record ConfirmationBody(List<String> winners, String note, Map<String, String> reasons) {}

    /** A ranked competitor of a proposal, flat. */
    record ProposalLine(
            int rank,
            String regionCode,
            String regionName,
            String kind,
            String track,
            BigDecimal value,
            String working,
            String source,
            boolean proposed,
            boolean tiedAtCutoff) {

        static ProposalLine of(Standing s) {
            Competitor c = s.competitor();
            return new ProposalLine(
                    s.rank(),
                    c.regionCode(),
                    c.regionName(),
                    c.kind(),
                    c.track(),
                    c.value(),
                    c.working(),
                    c.source(),
                    s.proposed(),
                    s.tiedAtCutoff());
        }
    }

    /** A competitor without a number, and why ({@code NO_SCORE}, {@code NO_QUESTION_SCORES}, {@code NO_IMPROVEMENT}). */
    record UnrankedLine(String regionCode, String regionName, String kind, String track, String reason) {

        static UnrankedLine of(Competitor c) {
            return new UnrankedLine(c.regionCode(), c.regionName(), c.kind(), c.track(), c.source());
        }
    }

    /** The proposal: the award, its places, the ranked competitors, the tie at the cut-off (or null), the unranked. */
    record ProposalBody(
            AwardView award, int places, List<ProposalLine> ranked, Cutoff tieAtCutoff, List<UnrankedLine> unranked) {

        static ProposalBody of(AwardProposal p) {
            return new ProposalBody(
                    p.award(),
                    p.proposal().places(),
                    p.proposal().ranked().stream().map(ProposalLine::of).toList(),
                    p.proposal().tieAtCutoff(),
                    p.proposal().unranked().stream().map(UnrankedLine::of).toList());
        }
    }
}
