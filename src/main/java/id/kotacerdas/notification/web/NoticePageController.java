package id.kotacerdas.notification.web;

import id.kotacerdas.notification.NoticeKind;
import id.kotacerdas.notification.NoticePreference;
import id.kotacerdas.notification.NoticePreferences;
import id.kotacerdas.notification.Notices;
import id.kotacerdas.security.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in account's notices (Pemberitahuan) and which kinds it gets by e-mail. */
@Controller
class NoticePageController {

    private final Notices notices;
    private final NoticePreferences preferences;

    NoticePageController(Notices notices, NoticePreferences preferences) {
        this.notices = notices;
        this.preferences = preferences;
    }

    @GetMapping("/pemberitahuan")
    String page(Actor actor, Model model) {
        model.addAttribute("notices", notices.mine(actor));
        model.addAttribute("unread", notices.unread(actor));
        model.addAttribute("preferences", preferences.of(actor));
        model.addAttribute("byEmail", notices.byEmail());
        return "notification/notices";
    }

    @PostMapping("/pemberitahuan/dibaca")
    String markRead(Actor actor) {
        notices.markRead(actor);
        return "redirect:/pemberitahuan";
    }

    /** The form sends the kinds ticked; every other kind the account receives is switched off. */
    @PostMapping("/pemberitahuan/preferensi")
    String setPreferences(
            @RequestParam(name = "email", required = false) Set<NoticeKind> ticked,
            Actor actor,
            RedirectAttributes redirect) {
        List<NoticePreference> wanted = new ArrayList<>();
        for (NoticePreference p : preferences.of(actor)) {
            wanted.add(new NoticePreference(p.kind(), ticked != null && ticked.contains(p.kind())));
        }
        preferences.set(wanted, actor);
        redirect.addFlashAttribute("preferencesSaved", true);
        return "redirect:/pemberitahuan";
    }
}
