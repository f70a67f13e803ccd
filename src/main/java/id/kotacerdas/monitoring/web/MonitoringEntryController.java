package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.MasterplanView;
import id.kotacerdas.monitoring.Masterplans;
import id.kotacerdas.monitoring.MonitoringReports;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring page's forms: a new item with a target per year, a realisation, and saving the report with the
 * conclusions as edited. Each goes back to the page; a refusal is shown there next to its form.
 */
@Controller
class MonitoringEntryController {

    private final Masterplans masterplans;
    private final MonitoringReports reports;
    private final UiErrors errors;

    MonitoringEntryController(Masterplans masterplans, MonitoringReports reports, UiErrors errors) {
        this.masterplans = masterplans;
        this.reports = reports;
        this.errors = errors;
    }

    @PostMapping("/wilayah/masterplan/{id}/butir")
    String addItem(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        String year = form.getOrDefault("tahun", "");
        try {
            MasterplanView plan = masterplans.get(id, actor);
            MasterplanApiController.ItemBody body = MonitoringForms.item(plan, form);
            masterplans.addItem(id, body.checked(), actor);
            redirect.addFlashAttribute("itemAdded", true);
        } catch (DomainException e) {
            errors.flash(e, "itemError", redirect, locale);
            redirect.addFlashAttribute("itemForm", form);
        }
        return MonitoringForms.back(id, year, form.get("semester"));
    }

    @PostMapping("/wilayah/masterplan/{id}/butir/{item}/realisasi")
    String realise(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam int tahun,
            @RequestParam(required = false) Integer semester,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String reason,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            BigDecimal number = value == null || value.isBlank() ? null : MonitoringForms.number(value, "value");
            masterplans.realise(id, item, tahun, semester, number, note, reason, actor);
            redirect.addFlashAttribute("realisedItem", item);
        } catch (DomainException e) {
            errors.flash(e, "realisationError", redirect, locale);
            redirect.addFlashAttribute("errorItem", item);
        }
        return MonitoringForms.back(id, tahun, semester) + "#item-" + item;
    }

    @PostMapping("/wilayah/masterplan/{id}/laporan")
    String saveReport(
            @PathVariable long id,
            @RequestParam int tahun,
            @RequestParam(required = false) Integer semester,
            @RequestParam(required = false) String conclusions,
            @RequestParam(required = false) String reason,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            reports.save(
                    id,
                    tahun,
                    semester,
                    conclusions == null ? null : Arrays.asList(conclusions.split("\\R\\s*\\R")),
                    reason,
                    actor);
            redirect.addFlashAttribute("reportSaved", true);
        } catch (DomainException e) {
            errors.flash(e, "reportError", redirect, locale);
            redirect.addFlashAttribute("conclusionsText", conclusions);
        }
        return MonitoringForms.back(id, tahun, semester) + "#conclusions";
    }
}
