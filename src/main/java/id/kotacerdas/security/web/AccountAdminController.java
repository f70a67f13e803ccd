package id.kotacerdas.security.web;

import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ContactChange;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.security.Role;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of accounts: list, create, disable and enable. */
@Controller
class AccountAdminController {

    private final ManageAccounts accounts;
    private final RegionApi regions;
    private final UiErrors errors;

    AccountAdminController(ManageAccounts accounts, RegionApi regions, UiErrors errors) {
        this.accounts = accounts;
        this.regions = regions;
        this.errors = errors;
    }

    @GetMapping("/admin/pengguna")
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("regions", regions.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAccount("", "", "", Role.OPERATOR.name(), "", "", "", "id"));
        }
        return "security/accounts";
    }

    @PostMapping("/admin/pengguna")
    String create(
            @ModelAttribute("form") NewAccount form,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.create(form, actor.username());
            redirect.addFlashAttribute("created", form.username());
            return "redirect:/admin/pengguna";
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            model.addAttribute(
                    "form",
                    new NewAccount(
                            form.username(),
                            "",
                            form.fullName(),
                            form.role(),
                            form.regionCode(),
                            form.affiliation(),
                            form.email(),
                            form.language()));
            return list(model);
        }
    }

    @PostMapping("/admin/pengguna/{username}/status")
    String setEnabled(
            @PathVariable String username,
            @RequestParam boolean enabled,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            accounts.setEnabled(username, enabled, actor.username());
            return "redirect:/admin/pengguna";
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return list(model);
        }
    }

    @PostMapping("/admin/pengguna/{username}/kontak")
    String changeContact(
            @PathVariable String username,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String language,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.changeContact(username, new ContactChange(email, language), actor.username());
            redirect.addFlashAttribute("contactChanged", username);
            return "redirect:/admin/pengguna";
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return list(model);
        }
    }
}
