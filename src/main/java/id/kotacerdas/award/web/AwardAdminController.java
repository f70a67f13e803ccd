package id.kotacerdas.award.web;

import id.kotacerdas.award.AwardView;
import id.kotacerdas.award.Awards;
import id.kotacerdas.award.DefineAward;
import id.kotacerdas.award.domain.Measure;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An administrator's list of a period's award categories, and the form defining a new one. */
@Controller
class AwardAdminController {

    static final String BASE = "/admin/periode/{year}/penghargaan";

    private final Awards awards;
    private final DefineAward define;
    private final InstrumentApi instruments;
    private final UiErrors errors;

    AwardAdminController(Awards awards, DefineAward define, InstrumentApi instruments, UiErrors errors) {
        this.awards = awards;
        this.define = define;
        this.instruments = instruments;
        this.errors = errors;
    }

    @GetMapping(BASE)
    String list(@PathVariable int year, Model model) {
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("awards", awards.list(year, true));
        model.addAttribute("options", awards.options(year));
        model.addAttribute("measures", Measure.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DefinitionForm.empty());
        }
        return "award/awards";
    }

    @PostMapping(BASE)
    String create(
            @PathVariable int year,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String slug,
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String track,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String places,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        DefinitionForm form = new DefinitionForm(name, slug, measure, subject, track, kind, places);
        try {
            AwardView created = define.create(year, form.checked(), actor);
            return "redirect:/admin/periode/" + year + "/penghargaan/" + created.slug();
        } catch (DomainException e) {
            model.addAttribute("form", form);
            errors.show(e, model, response, locale);
            return list(year, model);
        }
    }
}
