package id.kotacerdas.award.web;

import id.kotacerdas.award.AwardProposal;
import id.kotacerdas.award.AwardView;
import id.kotacerdas.award.Awards;
import id.kotacerdas.award.ProposeWinners;
import id.kotacerdas.award.domain.Departure;
import id.kotacerdas.award.domain.Measure;
import id.kotacerdas.award.domain.Standing;
import id.kotacerdas.award.domain.Winner;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.web.UiErrors;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The administrator's page of one award: its definition (a form until it is published), the proposal with its
 * numbers and the tie at the cut-off, the jury's form (winners, note, a reason per departure), the confirmed
 * winners and the publication. Shown again, with what was typed, when a form is refused.
 */
@Component
class AwardPage {

    private final Awards awards;
    private final ProposeWinners propose;
    private final InstrumentApi instruments;
    private final UiErrors errors;

    AwardPage(Awards awards, ProposeWinners propose, InstrumentApi instruments, UiErrors errors) {
        this.awards = awards;
        this.propose = propose;
        this.instruments = instruments;
        this.errors = errors;
    }

    /** The jury's form as typed: the regions ticked, the note, a reason by region code. */
    record JuryForm(Set<String> winners, String note, Map<String, String> reasons) {

        static JuryForm of(AwardView award, AwardProposal proposal) {
            Set<String> winners = award.winners().isEmpty() && proposal != null
                    ? proposal.proposal().proposed().stream()
                            .filter(s -> !s.tiedAtCutoff())
                            .map(Standing::regionCode)
                            .collect(Collectors.toSet())
                    : award.winners().stream().map(Winner::regionCode).collect(Collectors.toSet());
            Map<String, String> reasons = new HashMap<>();
            for (Departure d : award.overrides()) {
                reasons.put(d.regionCode(), d.reason());
            }
            return new JuryForm(winners, award.juryNote() == null ? "" : award.juryNote(), reasons);
        }
    }

    String show(int year, String ref, Actor actor, Model model, Locale locale) {
        AwardView award = awards.get(year, ref, true);
        AwardProposal proposal = null;
        try {
            proposal = propose.proposal(year, ref, actor);
        } catch (Conflict e) {
            model.addAttribute("proposalRefusal", errors.of(e, locale).message());
        }
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("award", award);
        model.addAttribute("proposal", proposal == null ? null : proposal.proposal());
        model.addAttribute("options", awards.options(year));
        model.addAttribute("measures", Measure.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DefinitionForm.of(award));
        }
        if (!model.containsAttribute("jury")) {
            model.addAttribute("jury", JuryForm.of(award, proposal));
        }
        return "award/award";
    }

    static List<String> codes(List<String> winners) {
        return winners == null ? List.of() : winners;
    }
}
