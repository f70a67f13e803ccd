package id.kotacerdas.survey.web;

import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.Forbidden;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.web.RefusalStatus;
import id.kotacerdas.survey.CitizenSurvey;
import id.kotacerdas.survey.EnterSurveyResponse;
import id.kotacerdas.survey.EnterSurveyResponse.Entry;
import id.kotacerdas.survey.PublicSurvey;
import id.kotacerdas.survey.PublicSurvey.Dimension;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A region's operator or enumerator types in survey responses collected on paper or at a service counter, one
 * smart dimension at a time; each entry is checked like an online response and counted in the same quota.
 */
@Controller
class SurveyEntryPageController {

    private final CitizenSurvey surveys;
    private final EnterSurveyResponse enter;
    private final SurveyFormMessages formMessages;

    SurveyEntryPageController(CitizenSurvey surveys, EnterSurveyResponse enter, SurveyFormMessages formMessages) {
        this.surveys = surveys;
        this.enter = enter;
        this.formMessages = formMessages;
    }

    /** An enumerator's (or operator's) start page: the open survey of their region. */
    @GetMapping("/wilayah/survei-isian")
    String mine(Actor actor) {
        if (actor.regionCode() == null) {
            throw new Forbidden("region.forbidden", actor.username() + " is bound to no region", "-");
        }
        enter.ensureCanEnter(actor, actor.regionCode());
        int year = surveys.currentYear(actor.regionCode())
                .orElseThrow(() -> new NotFound(
                        "survey.noneOpen", "No open survey for " + actor.regionCode(), actor.regionCode()));
        return "redirect:/wilayah/" + year + "/" + actor.regionCode() + "/survei/isian";
    }

    @GetMapping("/wilayah/{year}/{code}/survei/isian")
    String page(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) String dimension,
            Actor actor,
            Locale locale,
            Model model) {
        enter.ensureCanEnter(actor, code);
        PublicSurvey survey = surveys.of(year, code, locale);
        model.addAttribute("s", survey);
        model.addAttribute("d", dimension == null ? null : dimensionOf(survey, dimension));
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", Map.of());
            model.addAttribute("errors", new LinkedHashMap<String, String>());
        }
        return "survey/entry";
    }

    @PostMapping("/wilayah/{year}/{code}/survei/isian")
    String save(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam Map<String, String> params,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String dimension = params.get("dimension");
        Map<String, Integer> answers = SurveyFormMessages.answers(params);
        try {
            enter.enter(
                    year,
                    code,
                    new Entry(
                            key(params.get("idempotencyKey")),
                            dimension,
                            answers,
                            params.get("comment"),
                            params.get("source")),
                    actor);
        } catch (DomainException e) {
            response.setStatus(RefusalStatus.of(e).value());
            formMessages.describe(e, locale, model);
            model.addAttribute("answers", answers);
            model.addAttribute("comment", params.get("comment"));
            model.addAttribute("source", params.get("source"));
            String page = page(year, code, dimension, actor, locale, model);
            model.addAttribute("idempotencyKey", params.get("idempotencyKey"));
            return page;
        }
        redirect.addFlashAttribute("saved", true);
        redirect.addFlashAttribute("source", params.get("source"));
        return "redirect:/wilayah/" + year + "/" + code + "/survei/isian?dimension=" + dimension;
    }

    private static Dimension dimensionOf(PublicSurvey survey, String code) {
        return survey.dimension(code)
                .orElseThrow(() -> new NotFound("survey.dimension.unknown", "Unknown smart dimension " + code, code));
    }

    private static UUID key(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
