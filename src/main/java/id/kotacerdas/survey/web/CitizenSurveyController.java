package id.kotacerdas.survey.web;

import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.web.RefusalStatus;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.survey.CitizenSurvey;
import id.kotacerdas.survey.PublicSurvey;
import id.kotacerdas.survey.PublicSurvey.Dimension;
import id.kotacerdas.survey.SubmitSurveyResponse;
import id.kotacerdas.survey.SubmitSurveyResponse.Request;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey pages citizens open from a poster: no account, no JavaScript, no session, a small page of its own.
 * The form carries a fresh idempotency key and a signed form token for its smart dimension (used once); on a
 * refusal the answers given stay on the page.
 */
@Controller
class CitizenSurveyController {

    /** Refusals of the form rather than of the answers: the answers are shown again on a new form. */
    private static final Set<String> NEW_FORM = Set.of(
            "survey.formToken.used",
            "survey.formToken.missing",
            "survey.formToken.invalid",
            "survey.formToken.expired",
            "survey.formToken.otherForm");

    /** Conflicts the respondent can resolve on the form; others (closed, quota reached) lead to the start page. */
    private static final Set<String> ANSWER_AGAIN = Set.of("survey.key.reused", "survey.formToken.used");

    private final CitizenSurvey surveys;
    private final SubmitSurveyResponse submit;
    private final UiErrors errors;
    private final SurveyFormMessages formMessages;

    CitizenSurveyController(
            CitizenSurvey surveys, SubmitSurveyResponse submit, UiErrors errors, SurveyFormMessages formMessages) {
        this.surveys = surveys;
        this.submit = submit;
        this.errors = errors;
        this.formMessages = formMessages;
    }

    @GetMapping("/s/{code}")
    String shortLink(@PathVariable String code) {
        int year = surveys.currentYear(code)
                .orElseThrow(() -> new NotFound("survey.noneOpen", "No open survey for " + code, code));
        return "redirect:/survei/" + year + "/" + code;
    }

    @GetMapping("/survei/{year}/{code}")
    String start(@PathVariable int year, @PathVariable String code, Locale locale, Model model) {
        model.addAttribute("s", surveys.of(year, code, locale));
        return "survey/start";
    }

    @GetMapping("/survei/{year}/{code}/{dimension}")
    String form(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable String dimension,
            Locale locale,
            Model model,
            HttpServletRequest request) {
        PublicSurvey survey = surveys.of(year, code, locale);
        Dimension d = dimensionOf(survey, dimension);
        if (!survey.open() || d.complete()) {
            model.addAttribute("s", survey);
            return "survey/start";
        }
        PublicSurvey withToken = surveys.form(year, code, d.code(), locale, ClientAddress.address(request));
        return form(model, withToken, d, UUID.randomUUID().toString(), withToken.formToken(), Map.of());
    }

    @PostMapping("/survei/{year}/{code}/{dimension}")
    String answer(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable String dimension,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Map<String, Integer> answers = SurveyFormMessages.answers(params);
        try {
            submit.submit(new Request(
                    key(params.get("idempotencyKey")),
                    year,
                    code,
                    dimension,
                    answers,
                    params.get("comment"),
                    params.get("formToken"),
                    ClientAddress.address(request),
                    params.get("website")));
            return "redirect:/survei/" + year + "/" + code + "/terima-kasih";
        } catch (DomainException e) {
            response.setStatus(RefusalStatus.of(e).value());
            PublicSurvey survey = surveys.of(year, code, locale);
            if (e instanceof Conflict && !ANSWER_AGAIN.contains(e.messageKey())) {
                model.addAttribute("s", survey);
                model.addAttribute("message", errors.of(e, locale).message());
                return "survey/start";
            }
            Dimension d = dimensionOf(survey, dimension);
            model.addAttribute("comment", params.get("comment"));
            String token = params.get("formToken");
            if (NEW_FORM.contains(e.messageKey())) {
                // the form itself cannot be sent (used, expired, not ours): the answers stay, on a new form
                survey = surveys.form(year, code, d.code(), locale, ClientAddress.address(request));
                token = survey.formToken();
            }
            // answers to correct keep their key (a resubmission is still one response); otherwise a fresh one
            UUID given = key(params.get("idempotencyKey"));
            String key = e instanceof InvalidInput && given != null && !NEW_FORM.contains(e.messageKey())
                    ? given.toString()
                    : UUID.randomUUID().toString();
            formMessages.describe(e, locale, model);
            return form(model, survey, d, key, token, answers);
        }
    }

    @GetMapping("/survei/{year}/{code}/terima-kasih")
    String thanks(@PathVariable int year, @PathVariable String code, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("code", code);
        return "survey/thanks";
    }

    private static Dimension dimensionOf(PublicSurvey survey, String code) {
        return survey.dimension(code)
                .orElseThrow(() -> new NotFound("survey.dimension.unknown", "Unknown smart dimension " + code, code));
    }

    private String form(
            Model model, PublicSurvey survey, Dimension d, String key, String token, Map<String, Integer> answers) {
        model.addAttribute("s", survey);
        model.addAttribute("d", d);
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("formToken", token);
        model.addAttribute("answers", answers);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new LinkedHashMap<String, String>());
        }
        return "survey/form";
    }

    private static UUID key(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
