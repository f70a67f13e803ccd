package id.kotacerdas.award.web;

import id.kotacerdas.award.AwardView;
import id.kotacerdas.award.ConfirmWinners;
import id.kotacerdas.award.DefineAward;
import id.kotacerdas.award.PublishAward;
import id.kotacerdas.award.web.AwardPage.JuryForm;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One award's page: change its definition, confirm its winners as the jury, publish them. */
@Controller
class AwardPageController {

    private static final String PAGE = AwardAdminController.BASE + "/{award}";
    private static final String REASON = "reason-";

    private final AwardPage page;
    private final DefineAward define;
    private final ConfirmWinners confirm;
    private final PublishAward publish;
    private final UiErrors errors;

    AwardPageController(
            AwardPage page, DefineAward define, ConfirmWinners confirm, PublishAward publish, UiErrors errors) {
        this.page = page;
        this.define = define;
        this.confirm = confirm;
        this.publish = publish;
        this.errors = errors;
    }

    @GetMapping(PAGE)
    String show(@PathVariable int year, @PathVariable String award, Actor actor, Model model, Locale locale) {
        return page.show(year, award, actor, model, locale);
    }

    @PostMapping(PAGE)
    String redefine(
            @PathVariable int year,
            @PathVariable String award,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        DefinitionForm form = new DefinitionForm(
                fields.getFirst("name"),
                fields.getFirst("slug"),
                fields.getFirst("measure"),
                fields.getFirst("subject"),
                fields.getFirst("track"),
                fields.getFirst("kind"),
                fields.getFirst("places"));
        try {
            AwardView changed = define.change(year, award, form.checked(), actor);
            redirect.addFlashAttribute("saved", "definition");
            return "redirect:/admin/periode/" + year + "/penghargaan/" + changed.slug();
        } catch (DomainException e) {
            model.addAttribute("form", form);
            errors.show(e, model, response, locale);
            return page.show(year, award, actor, model, locale);
        }
    }

    @PostMapping(PAGE + "/pemenang")
    String confirm(
            @PathVariable int year,
            @PathVariable String award,
            @RequestParam(required = false) List<String> winners,
            @RequestParam(required = false) String note,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> reasons = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(REASON) && !values.isEmpty() && !values.get(0).isBlank()) {
                reasons.put(name.substring(REASON.length()), values.get(0));
            }
        });
        try {
            confirm.confirm(year, award, AwardPage.codes(winners), note, reasons, actor);
            redirect.addFlashAttribute("saved", "winners");
            return "redirect:/admin/periode/" + year + "/penghargaan/" + award;
        } catch (DomainException e) {
            model.addAttribute("jury", new JuryForm(new LinkedHashSet<>(AwardPage.codes(winners)), note, reasons));
            errors.show(e, model, response, locale);
            return page.show(year, award, actor, model, locale);
        }
    }

    @PostMapping(PAGE + "/terbitkan")
    String publish(
            @PathVariable int year,
            @PathVariable String award,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            publish.publish(year, award, actor);
            redirect.addFlashAttribute("saved", "published");
            return "redirect:/admin/periode/" + year + "/penghargaan/" + award;
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return page.show(year, award, actor, model, locale);
        }
    }
}
