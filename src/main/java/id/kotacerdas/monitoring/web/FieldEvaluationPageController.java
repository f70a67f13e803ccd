package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.FieldEvaluationView;
import id.kotacerdas.monitoring.FieldEvaluations;
import id.kotacerdas.monitoring.Masterplans;
import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import id.kotacerdas.monitoring.domain.FollowUp;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The field evaluations' pages: the ministry's list of a year's evaluations with the form to plan or record one,
 * one evaluation with its follow-ups (administrators), and a follow-up's status as the region's operator updates it
 * on the region's masterplans page. A refused form is shown again as typed, its message next to its field.
 */
@Controller
class FieldEvaluationPageController {

    private static final String ADMIN = "/admin/tinjauan-lapangan";
    private static final String ONE = ADMIN + "/{code}/{tahun}/{semester}";

    private final FieldEvaluations evaluations;
    private final Masterplans masterplans;
    private final RegionApi regions;
    private final MasterplansPage regionPage;
    private final UiErrors errors;
    private final Clock clock;

    FieldEvaluationPageController(
            FieldEvaluations evaluations,
            Masterplans masterplans,
            RegionApi regions,
            MasterplansPage regionPage,
            UiErrors errors,
            Clock clock) {
        this.evaluations = evaluations;
        this.masterplans = masterplans;
        this.regions = regions;
        this.regionPage = regionPage;
        this.errors = errors;
        this.clock = clock;
    }

    /** A follow-up as the add form holds it. */
    record FollowUpForm(String action, String agency, String dueOn) {}

    @GetMapping(ADMIN)
    String list(@RequestParam(required = false) Integer tahun, Actor actor, Model model) {
        int year = tahun != null ? tahun : Year.now(clock).getValue();
        model.addAttribute("view", evaluations.national(year, actor));
        model.addAttribute("year", year);
        model.addAttribute("regions", regions.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FieldEvaluationForm.empty(year));
        }
        return "monitoring/field-evaluations";
    }

    @PostMapping(ADMIN)
    String create(HttpServletRequest request, Actor actor, Locale locale, Model model, HttpServletResponse response) {
        FieldEvaluationForm form = FieldEvaluationForm.of(request);
        try {
            FieldEvaluationView created = evaluations.create(
                    form.code() == null ? null : form.code().strip(),
                    form.yearNumber(),
                    form.semesterNumber(),
                    form.input(),
                    actor);
            return redirect(created);
        } catch (DomainException e) {
            model.addAttribute("form", form);
            errors.show(e, model, response, locale);
            Integer year = safeYear(form);
            return list(year, actor, model);
        }
    }

    @GetMapping(ONE)
    String one(
            @PathVariable String code, @PathVariable int tahun, @PathVariable int semester, Actor actor, Model model) {
        FieldEvaluationView evaluation = evaluations.get(code, tahun, semester, actor);
        model.addAttribute("evaluation", evaluation);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FieldEvaluationForm.of(evaluation));
        }
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", new FollowUpForm("", "", ""));
        }
        model.addAttribute("plans", masterplans.ofRegion(code, actor));
        model.addAttribute("followUps", FollowUp.values());
        model.addAttribute("held", evaluation.status() == FieldEvaluationStatus.HELD);
        model.addAttribute("today", LocalDate.now(clock));
        return "monitoring/field-evaluation";
    }

    @PostMapping(ONE)
    String change(
            @PathVariable String code,
            @PathVariable int tahun,
            @PathVariable int semester,
            HttpServletRequest request,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        FieldEvaluationForm form = FieldEvaluationForm.of(request);
        try {
            return redirect(evaluations.change(code, tahun, semester, form.input(), form.versionNumber(), actor));
        } catch (DomainException e) {
            model.addAttribute("form", form);
            errors.show(e, model, response, locale);
            return one(code, tahun, semester, actor, model);
        }
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
            evaluations.addFollowUp(
                    code, tahun, semester, action, agency, FieldEvaluationForm.date(dueOn, "dueOn"), actor);
            return redirect(evaluations.get(code, tahun, semester, actor)) + "#follow-ups";
        } catch (DomainException e) {
            model.addAttribute("followUpForm", new FollowUpForm(action, agency, dueOn));
            errors.show(e, "followUpError", model, response, locale);
            return one(code, tahun, semester, actor, model);
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
            evaluations.updateFollowUp(code, tahun, semester, no, status, note, actor);
            return redirect(evaluations.get(code, tahun, semester, actor)) + "#follow-up-" + no;
        } catch (DomainException e) {
            refusedStatus(e, no, note, model, response, locale);
            return one(code, tahun, semester, actor, model);
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
            evaluations.updateFollowUp(code, tahun, semester, no, status, note, actor);
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

    private static String redirect(FieldEvaluationView v) {
        return "redirect:" + ADMIN + "/" + v.regionCode() + "/" + v.year() + "/" + v.semester();
    }

    /** The year the refused form named, for the list to show again; this year when it named none readable. */
    private static Integer safeYear(FieldEvaluationForm form) {
        try {
            Integer year = form.yearNumber();
            return year != null && year >= 2000 && year <= 2100 ? year : null;
        } catch (DomainException e) {
            return null;
        }
    }
}
