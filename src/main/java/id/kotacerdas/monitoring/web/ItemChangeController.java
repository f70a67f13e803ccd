package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.ChangeMasterplanItem;
import id.kotacerdas.monitoring.MasterplanView;
import id.kotacerdas.monitoring.Masterplans;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monitoring page's form that changes an item: its words and its target per year. */
@Controller
class ItemChangeController {

    private final Masterplans masterplans;
    private final ChangeMasterplanItem change;
    private final UiErrors errors;

    ItemChangeController(Masterplans masterplans, ChangeMasterplanItem change, UiErrors errors) {
        this.masterplans = masterplans;
        this.change = change;
        this.errors = errors;
    }

    @PostMapping("/wilayah/masterplan/{id}/butir/{item}")
    String change(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam Map<String, String> form,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            MasterplanView plan = masterplans.get(id, actor);
            Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
            for (int y = plan.startYear(); y <= plan.endYear(); y++) {
                String value = form.get("target-" + y);
                if (value != null && !value.isBlank()) {
                    targets.put(y, FormNumbers.parse(value, "target-" + y));
                }
            }
            MasterplanApiController.ItemBody body = new MasterplanApiController.ItemBody(
                    form.get("code"),
                    form.get("category"),
                    form.get("smartDimension"),
                    form.get("level"),
                    form.get("name"),
                    form.get("unit"),
                    form.get("direction"),
                    targets,
                    form.get("responsibleAgency"));
            change.change(id, item, body.checked(), form.get("reason"), actor);
            redirect.addFlashAttribute("changedItem", item);
        } catch (DomainException e) {
            errors.flash(e, "realisationError", redirect, locale);
            redirect.addFlashAttribute("errorItem", item);
        }
        String year = form.getOrDefault("tahun", "");
        String semester = form.getOrDefault("semester", "");
        return "redirect:/wilayah/masterplan/" + id + (year.matches("\\d{4}") ? "?tahun=" + year : "?")
                + (semester.matches("[12]") ? "&semester=" + semester : "") + "#item-" + item;
    }
}
