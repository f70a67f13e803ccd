package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.ChangeMasterplanItem;
import id.kotacerdas.monitoring.MasterplanView;
import id.kotacerdas.monitoring.Masterplans;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
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
            MasterplanApiController.ItemBody body = MonitoringForms.item(plan, form);
            change.change(id, item, body.checked(), form.get("reason"), actor);
            redirect.addFlashAttribute("changedItem", item);
        } catch (DomainException e) {
            errors.flash(e, "realisationError", redirect, locale);
            redirect.addFlashAttribute("errorItem", item);
        }
        return MonitoringForms.back(id, form.get("tahun"), form.get("semester")) + "#item-" + item;
    }
}
