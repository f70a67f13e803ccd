package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.RemoveMasterplanItem;
import id.kotacerdas.monitoring.StopQuickWin;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.web.UiErrors;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring page's forms that remove an item (the operator ticks a confirmation first) and stop or resume a
 * quick win. A refusal is shown in the item's row.
 */
@Controller
class ItemLifecycleController {

    private final RemoveMasterplanItem remove;
    private final StopQuickWin stop;
    private final UiErrors errors;

    ItemLifecycleController(RemoveMasterplanItem remove, StopQuickWin stop, UiErrors errors) {
        this.remove = remove;
        this.stop = stop;
        this.errors = errors;
    }

    @PostMapping("/wilayah/masterplan/{id}/butir/{item}/hapus")
    String remove(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam(required = false) String tahun,
            @RequestParam(required = false) String semester,
            @RequestParam(required = false) String confirm,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            if (!"yes".equals(confirm)) {
                throw new InvalidInput("confirm", "masterplan.item.confirmRemove", "Tick the confirmation first");
            }
            remove.remove(id, item, actor);
            redirect.addFlashAttribute("removedItem", true);
            return MonitoringForms.back(id, tahun, semester) + "#items";
        } catch (DomainException e) {
            return refused(e, id, item, tahun, semester, locale, redirect);
        }
    }

    @PostMapping("/wilayah/masterplan/{id}/butir/{item}/henti")
    String stop(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam(required = false) String tahun,
            @RequestParam(required = false) String semester,
            @RequestParam(required = false) String stoppedYear,
            @RequestParam(required = false) String reason,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            stop.stop(id, item, MonitoringForms.year(stoppedYear, "stoppedYear"), reason, actor);
            redirect.addFlashAttribute("changedItem", item);
        } catch (DomainException e) {
            return refused(e, id, item, tahun, semester, locale, redirect);
        }
        return MonitoringForms.back(id, tahun, semester) + "#item-" + item;
    }

    @PostMapping("/wilayah/masterplan/{id}/butir/{item}/lanjut")
    String resume(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam(required = false) String tahun,
            @RequestParam(required = false) String semester,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            stop.resume(id, item, actor);
            redirect.addFlashAttribute("changedItem", item);
        } catch (DomainException e) {
            return refused(e, id, item, tahun, semester, locale, redirect);
        }
        return MonitoringForms.back(id, tahun, semester) + "#item-" + item;
    }

    private String refused(
            DomainException e,
            long id,
            long item,
            String tahun,
            String semester,
            Locale locale,
            RedirectAttributes redirect) {
        errors.flash(e, "realisationError", redirect, locale);
        redirect.addFlashAttribute("errorItem", item);
        return MonitoringForms.back(id, tahun, semester) + "#item-" + item;
    }
}
