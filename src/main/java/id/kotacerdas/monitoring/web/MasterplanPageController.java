package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.MasterplanMonitoring;
import id.kotacerdas.monitoring.MasterplanView;
import id.kotacerdas.monitoring.Masterplans;
import id.kotacerdas.monitoring.RealisationEvidenceFiles;
import id.kotacerdas.monitoring.Recommendations;
import id.kotacerdas.monitoring.domain.FollowUp;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An operator's masterplans: the list and a new one, and a masterplan's monitoring of a year or semester. */
@Controller
class MasterplanPageController {

    private final Masterplans masterplans;
    private final MasterplanMonitoring monitoring;
    private final RegionApi regions;
    private final UiErrors errors;
    private final Clock clock;
    private final MessageSource messages;
    private final Recommendations recommendations;
    private final RealisationEvidenceFiles evidence;
    private final MasterplansPage page;

    MasterplanPageController(
            Masterplans masterplans,
            MasterplanMonitoring monitoring,
            RegionApi regions,
            UiErrors errors,
            Clock clock,
            MessageSource messages,
            Recommendations recommendations,
            RealisationEvidenceFiles evidence,
            MasterplansPage page) {
        this.page = page;
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.messages = messages;
        this.masterplans = masterplans;
        this.monitoring = monitoring;
        this.regions = regions;
        this.errors = errors;
        this.clock = clock;
    }

    /** The caller's own region's masterplans (an administrator picks a region in the registry). */
    @GetMapping("/wilayah/masterplan")
    String mine(Actor actor) {
        return actor.regionCode() == null
                ? "redirect:/admin/wilayah"
                : "redirect:/wilayah/" + actor.regionCode() + "/masterplan";
    }

    @GetMapping("/wilayah/{code}/masterplan")
    String list(@PathVariable String code, Actor actor, Model model) {
        return page.show(code, actor, model);
    }

    @PostMapping("/wilayah/{code}/masterplan")
    String create(
            @PathVariable String code,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) Integer startYear,
            @RequestParam(required = false) Integer endYear,
            @RequestParam(required = false) String legalBasis,
            @RequestParam(required = false) String vision,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            MasterplanView plan = masterplans.create(code, title, startYear, endYear, legalBasis, vision, actor);
            return "redirect:/wilayah/masterplan/" + plan.id();
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            model.addAttribute("typed", new MasterplanForm(title, startYear, endYear, legalBasis, vision));
            return list(code, actor, model);
        }
    }

    /** What the new-masterplan form held when it was refused. */
    record MasterplanForm(String title, Integer startYear, Integer endYear, String legalBasis, String vision) {}

    /** The monitoring of {@code tahun} (this year within the masterplan by default), or of its semester. */
    @GetMapping("/wilayah/masterplan/{id}")
    String monitoring(
            @PathVariable long id,
            @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) Integer semester,
            Actor actor,
            Locale locale,
            Model model) {
        MasterplanView plan = masterplans.get(id, actor);
        int year = tahun != null
                ? tahun
                : Math.max(
                        plan.startYear(),
                        Math.min(plan.endYear(), Year.now(clock).getValue()));
        MasterplanMonitoring.Report report = monitoring.of(id, year, semester, actor);
        MonitoringPage.fill(
                model, report, regions.get(plan.regionCode()), key -> messages.getMessage(key, null, key, locale));
        if (year > plan.startYear()) {
            MonitoringPage.compare(
                    model,
                    report.summary(),
                    monitoring.of(id, year - 1, semester, actor).summary(),
                    key -> messages.getMessage(key, null, key, locale));
        }
        model.addAttribute("recommendations", recommendations.of(id, year, semester, actor));
        model.addAttribute("evidence", evidence.byItem(id, year, semester, actor));
        model.addAttribute("followUps", FollowUp.values());
        return "monitoring/masterplan";
    }
}
