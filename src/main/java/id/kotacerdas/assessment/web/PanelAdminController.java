package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.ReopenScoring;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.UserAccount;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.TypedUsernames;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's page of a region's assessor panel: its members and the form to set them. */
@Controller
class PanelAdminController {

    private final AssignPanel panels;
    private final ScoreQuestions scoring;
    private final InstrumentApi instruments;
    private final RegionApi regions;
    private final ManageAccounts accounts;
    private final UiErrors errors;
    private final ReopenScoring reopening;

    PanelAdminController(
            AssignPanel panels,
            ScoreQuestions scoring,
            InstrumentApi instruments,
            RegionApi regions,
            ManageAccounts accounts,
            UiErrors errors,
            ReopenScoring reopening) {
        this.panels = panels;
        this.reopening = reopening;
        this.scoring = scoring;
        this.instruments = instruments;
        this.regions = regions;
        this.accounts = accounts;
        this.errors = errors;
    }

    /** The administrator's page of a region's panel: its members and the form to set them. */
    @GetMapping("/admin/periode/{year}/panel/{code}")
    String panel(@PathVariable int year, @PathVariable String code, Actor actor, Model model) {
        PeriodView period = instruments.period(year);
        List<String> members = panels.members(year, code, actor);
        List<UserAccount> candidates = accounts.assessorChoices(members);
        model.addAttribute("period", period);
        model.addAttribute("region", regions.get(code));
        model.addAttribute("members", members);
        model.addAttribute("submitted", scoring.scores(year, code, actor).submitted());
        model.addAttribute("candidates", candidates);
        if (!model.containsAttribute("selected")) {
            model.addAttribute("selected", members);
        }
        return "assessment/panel";
    }

    @PostMapping("/admin/periode/{year}/panel/{code}")
    String assign(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(value = "assessors", required = false) List<String> checked,
            @RequestParam(required = false) String usernames,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            panels.assign(year, code, TypedUsernames.of(checked, usernames), actor);
            return "redirect:/admin/periode/" + year + "/panel/" + code;
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            model.addAttribute("selected", checked == null ? List.of() : checked);
            model.addAttribute("typedUsernames", usernames);
            return panel(year, code, actor, model);
        }
    }

    /** Reopens one assessor's submitted scoring, with a reason; a refusal shows next to that assessor's form. */
    @PostMapping("/admin/periode/{year}/panel/{code}/buka-kembali")
    String reopen(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) String assessor,
            @RequestParam(required = false) String reason,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            reopening.reopen(year, code, assessor, reason, actor);
            return "redirect:/admin/periode/" + year + "/panel/" + code;
        } catch (DomainException e) {
            errors.show(e, "reopenError", model, response, locale);
            model.addAttribute("reopenAssessor", assessor);
            model.addAttribute("typedReason", reason);
            return panel(year, code, actor, model);
        }
    }
}
