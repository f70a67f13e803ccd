package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.Recommendations;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monitoring page's recommendations: a new one to an agency, and a follow-up. */
@Controller
class RecommendationPageController {

    private final Recommendations recommendations;
    private final UiErrors errors;

    RecommendationPageController(Recommendations recommendations, UiErrors errors) {
        this.recommendations = recommendations;
        this.errors = errors;
    }

    @PostMapping("/wilayah/masterplan/{id}/rekomendasi")
    String add(
            @PathVariable long id,
            @RequestParam int tahun,
            @RequestParam(required = false) Integer semester,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String text,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            recommendations.add(id, tahun, semester, agency, text, actor);
        } catch (DomainException e) {
            errors.flash(e, "recommendationError", redirect, locale);
        }
        return MonitoringForms.back(id, tahun, semester) + "#recommendations";
    }

    @PostMapping("/wilayah/masterplan/{id}/rekomendasi/{recommendation}")
    String followUp(
            @PathVariable long id,
            @PathVariable long recommendation,
            @RequestParam int tahun,
            @RequestParam(required = false) Integer semester,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String followUp,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            recommendations.followUp(id, recommendation, status, followUp, actor);
        } catch (DomainException e) {
            errors.flash(e, "recommendationError", redirect, locale);
        }
        return MonitoringForms.back(id, tahun, semester) + "#recommendations";
    }
}
