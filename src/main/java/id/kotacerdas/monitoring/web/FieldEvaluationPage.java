package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.FieldEvaluationPhotos;
import id.kotacerdas.monitoring.FieldEvaluationView;
import id.kotacerdas.monitoring.FieldEvaluations;
import id.kotacerdas.monitoring.Masterplans;
import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import id.kotacerdas.monitoring.domain.FollowUp;
import id.kotacerdas.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The ministry's page of one field evaluation, shown by more than one controller (again with a refusal, its forms
 * as typed): the evaluation's form, its follow-ups, its photos.
 */
@Component
class FieldEvaluationPage {

    static final String ADMIN = "/admin/tinjauan-lapangan";

    private final FieldEvaluations evaluations;
    private final Masterplans masterplans;
    private final FieldEvaluationPhotos photos;
    private final Clock clock;

    FieldEvaluationPage(
            FieldEvaluations evaluations, Masterplans masterplans, FieldEvaluationPhotos photos, Clock clock) {
        this.evaluations = evaluations;
        this.masterplans = masterplans;
        this.photos = photos;
        this.clock = clock;
    }

    /** A follow-up as the add form holds it. */
    record FollowUpForm(String action, String agency, String dueOn) {}

    String show(String code, int year, int semester, Actor actor, Model model) {
        FieldEvaluationView evaluation = evaluations.get(code, year, semester, actor);
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
        model.addAttribute("photos", photos.list(code, year, semester, actor));
        model.addAttribute("photoLimits", photos.limits());
        return "monitoring/field-evaluation";
    }

    /** Back to the evaluation's page. */
    static String redirect(FieldEvaluationView v) {
        return redirect(v.regionCode(), v.year(), v.semester());
    }

    static String redirect(String code, int year, int semester) {
        return "redirect:" + ADMIN + "/" + code + "/" + year + "/" + semester;
    }
}
