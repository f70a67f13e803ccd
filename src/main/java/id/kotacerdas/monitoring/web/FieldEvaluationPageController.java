package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.ChangeFieldEvaluation;
import id.kotacerdas.monitoring.FieldEvaluationView;
import id.kotacerdas.monitoring.FieldEvaluations;
import id.kotacerdas.monitoring.PlanFieldEvaluation;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ministry's field evaluation pages: the list of a year's evaluations with the form to plan or record one, and
 * one evaluation ({@link FieldEvaluationPage}) with the form to change it. A refused form is shown again as typed,
 * its message next to its field. Follow-ups: {@link FieldEvaluationFollowUpPageController}.
 */
@Controller
class FieldEvaluationPageController {

    private static final String ADMIN = FieldEvaluationPage.ADMIN;
    private static final String ONE = ADMIN + "/{code}/{tahun}/{semester}";

    private final FieldEvaluations evaluations;
    private final PlanFieldEvaluation plan;
    private final ChangeFieldEvaluation change;
    private final RegionApi regions;
    private final FieldEvaluationPage page;
    private final UiErrors errors;
    private final Clock clock;

    FieldEvaluationPageController(
            FieldEvaluations evaluations,
            PlanFieldEvaluation plan,
            ChangeFieldEvaluation change,
            RegionApi regions,
            FieldEvaluationPage page,
            UiErrors errors,
            Clock clock) {
        this.evaluations = evaluations;
        this.plan = plan;
        this.change = change;
        this.regions = regions;
        this.page = page;
        this.errors = errors;
        this.clock = clock;
    }

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
            FieldEvaluationView created = plan.plan(
                    form.code() == null ? null : form.code().strip(),
                    form.yearNumber(),
                    form.semesterNumber(),
                    form.input(),
                    actor);
            return FieldEvaluationPage.redirect(created);
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
        return page.show(code, tahun, semester, actor, model);
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
            return FieldEvaluationPage.redirect(
                    change.change(code, tahun, semester, form.input(), form.versionNumber(), actor));
        } catch (DomainException e) {
            model.addAttribute("form", form);
            errors.show(e, model, response, locale);
            return page.show(code, tahun, semester, actor, model);
        }
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
