package id.kotacerdas.notification.web;

import id.kotacerdas.notification.NoticeKind;
import id.kotacerdas.notification.NoticeStatus;
import id.kotacerdas.notification.Notices;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's view of the outbox: sent, queued and failed notices, and sending a failed one again. */
@Controller
class NoticeAdminController {

    private final Notices notices;
    private final UiErrors errors;

    NoticeAdminController(Notices notices, UiErrors errors) {
        this.notices = notices;
        this.errors = errors;
    }

    @GetMapping("/admin/pemberitahuan")
    String page(
            @RequestParam(required = false) NoticeStatus status,
            @RequestParam(required = false) NoticeKind kind,
            Actor actor,
            Model model) {
        model.addAttribute("notices", notices.all(status, kind, actor));
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", NoticeStatus.values());
        model.addAttribute("kinds", NoticeKind.values());
        model.addAttribute("byEmail", notices.byEmail());
        return "notification/admin";
    }

    @PostMapping("/admin/pemberitahuan/{id}/kirim-ulang")
    String sendAgain(@PathVariable UUID id, Actor actor, Locale locale, RedirectAttributes redirect) {
        try {
            notices.sendAgain(id, actor);
            redirect.addFlashAttribute("resent", true);
        } catch (DomainException e) {
            errors.flash(e, "resendError", redirect, locale);
        }
        return "redirect:/admin/pemberitahuan";
    }
}
