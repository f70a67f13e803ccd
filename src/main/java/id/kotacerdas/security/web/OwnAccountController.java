package id.kotacerdas.security.web;

import id.kotacerdas.security.AccountSessions;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ContactChange;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own account and password; a password change ends one's other sessions. */
@Controller
class OwnAccountController {

    private final ManageAccounts accounts;
    private final AccountSessions sessions;
    private final UiErrors errors;

    OwnAccountController(ManageAccounts accounts, AccountSessions sessions, UiErrors errors) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.errors = errors;
    }

    @GetMapping("/akun")
    String account(Actor actor, Model model) {
        model.addAttribute("account", accounts.get(actor.username()));
        model.addAttribute("passwordChangeRequired", accounts.passwordChangeRequired(actor.username()));
        if (!model.containsAttribute("contactForm")) {
            var account = accounts.get(actor.username());
            model.addAttribute("contactForm", new ContactChange(account.email(), account.language()));
        }
        return "security/account";
    }

    @PostMapping("/akun/kontak")
    String changeContact(
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String language,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.changeContact(actor.username(), new ContactChange(email, language), actor.username());
            redirect.addFlashAttribute("contactChanged", true);
            return "redirect:/akun";
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            model.addAttribute("contactForm", new ContactChange(email, language));
            return account(actor, model);
        }
    }

    @PostMapping("/akun/kata-sandi")
    String changePassword(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String password,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.changePassword(actor.username(), currentPassword, password);
            sessions.passwordChanged(actor.username(), request, response);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/akun";
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return account(actor, model);
        }
    }
}
