package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.FieldEvaluationFollowUps;
import id.kotacerdas.monitoring.FieldEvaluationView;
import id.kotacerdas.monitoring.FieldEvaluations;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A field evaluation's follow-ups on the pages: the ministry adds one and updates its status on the evaluation's
 * page; the region's operator updates its status on the region's masterplans page. A refused form is shown again
 * as typed, its message next to it.
 */
@Controller
class FieldEvaluationFollowUpPageController {

    private static final String ONE = FieldEvaluationPage.ADMIN + "/{code}/{tahun}/{semester}";

    private final FieldEvaluations evaluations;
    private final FieldEvaluationFollowUps followUps;
    private final FieldEvaluationPage page;
    private final MasterplansPage regionPage;
    private final UiErrors errors;

    FieldEvaluationFollowUpPageController(
            FieldEvaluations evaluations,
            FieldEvaluationFollowUps followUps,
            FieldEvaluationPage page,
            MasterplansPage regionPage,
            UiErrors errors) {
        this.evaluations = evaluations;
        this.followUps = followUps;
        this.page = page;
        this.regionPage = regionPage;
        this.errors = errors;
    }

    @PostMapping(ONE + "/tindak-lanjut")
    String addFollowUp(
            @PathVariable String code,
            @PathVariable int tahun,
            @PathVariable int semester,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String dueOn,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            followUps.add(code, tahun, semester, action, agency, FieldEvaluationForm.date(dueOn, "dueOn"), actor);
            return FieldEvaluationPage.redirect(evaluations.get(code, tahun, semester, actor)) + "#follow-ups";
        } catch (DomainException e) {
            model.addAttribute("followUpForm", new FieldEvaluationPage.FollowUpForm(action, agency, dueOn));
            errors.show(e, "followUpError", model, response, locale);
            return page.show(code, tahun, semester, actor, model);
        }
    }

    /** The ministry updates a follow-up's status on the evaluation's page. */
    @PostMapping(ONE + "/tindak-lanjut/{no}")
    String adminFollowUpStatus(
            @PathVariable String code,
            @PathVariable int tahun,
            @PathVariable int semester,
            @PathVariable int no,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String note,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            followUps.update(code, tahun, semester, no, status, note, actor);
            return FieldEvaluationPage.redirect(evaluations.get(code, tahun, semester, actor)) + "#follow-up-" + no;
        } catch (DomainException e) {
            refusedStatus(e, no, note, model, response, locale);
            return page.show(code, tahun, semester, actor, model);
        }
    }

    /** The region's operator (or an administrator) updates a follow-up's status on the region's masterplans page. */
    @PostMapping("/wilayah/{code}/tinjauan-lapangan/{tahun}/{semester}/tindak-lanjut/{no}")
    String regionFollowUpStatus(
            @PathVariable String code,
            @PathVariable int tahun,
            @PathVariable int semester,
            @PathVariable int no,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String note,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            followUps.update(code, tahun, semester, no, status, note, actor);
            FieldEvaluationView evaluation = evaluations.get(code, tahun, semester, actor);
            return "redirect:/wilayah/" + evaluation.regionCode() + "/masterplan#field-evaluation-" + evaluation.year()
                    + "-" + evaluation.semester();
        } catch (DomainException e) {
            refusedStatus(e, tahun + "-" + semester + "-" + no, note, model, response, locale);
            return regionPage.show(code, actor, model);
        }
    }

    /** The refused status form: its message next to it, the note as typed. */
    private void refusedStatus(
            DomainException e, Object which, String note, Model model, HttpServletResponse response, Locale locale) {
        errors.show(e, "statusError", model, response, locale);
        model.addAttribute("statusFor", String.valueOf(which));
        model.addAttribute("typedNote", note);
    }
}
