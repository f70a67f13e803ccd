package id.kotacerdas.survey.web;

import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.survey.ManageSurvey;
import id.kotacerdas.survey.SurveyApi;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A region's survey for its operator, its panel and administrators; operator and admins manage it. */
@Controller
class SurveyPageController {

    private final SurveyApi surveys;
    private final ManageSurvey manage;
    private final SurveyLinks links;
    private final UiErrors errors;

    SurveyPageController(SurveyApi surveys, ManageSurvey manage, SurveyLinks links, UiErrors errors) {
        this.surveys = surveys;
        this.manage = manage;
        this.links = links;
        this.errors = errors;
    }

    @GetMapping("/wilayah/{year}/{code}/survei")
    String page(@PathVariable int year, @PathVariable String code, Actor actor, Model model) {
        model.addAttribute("s", surveys.summary(year, code, actor));
        model.addAttribute("comments", surveys.comments(year, code, actor));
        model.addAttribute("canManage", surveys.canManage(actor, code));
        model.addAttribute("canEnter", actor.isOperatorOf(code));
        model.addAttribute("shortLink", links.shortLinkIfKnown(code).orElse(null));
        return "survey/region";
    }

    @PostMapping("/wilayah/{year}/{code}/survei/status")
    String state(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam boolean open,
            @RequestParam(required = false) String reason,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            manage.setOpen(year, code, open, reason, actor);
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return page(year, code, actor, model);
        }
        return "redirect:/wilayah/" + year + "/" + code + "/survei";
    }
}
