package id.kotacerdas.security.web;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ManageApiTokens;
import id.kotacerdas.security.NewApiToken;
import id.kotacerdas.security.TokenScope;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own API tokens: list, create (the token is shown once, on the page that follows) and revoke. */
@Controller
class OwnTokensController {

    private final ManageApiTokens tokens;
    private final UiErrors errors;

    OwnTokensController(ManageApiTokens tokens, UiErrors errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    @GetMapping("/akun/token")
    String list(Actor actor, Model model) {
        model.addAttribute("tokens", tokens.list(actor, actor.username()));
        model.addAttribute("scopes", TokenScope.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewApiToken("", TokenScope.READ_ONLY.name(), 90));
        }
        return "security/tokens";
    }

    @PostMapping("/akun/token")
    String create(
            @ModelAttribute("form") NewApiToken form,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            model.addAttribute("issued", tokens.create(actor, actor.username(), form));
            model.addAttribute("form", new NewApiToken("", form.scope(), form.days()));
            // shown on this answer only, never kept in the session
            response.setHeader("Cache-Control", "no-store");
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
        }
        return list(actor, model);
    }

    @PostMapping("/akun/token/{name}/cabut")
    String revoke(
            @PathVariable String name,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            tokens.revoke(actor, actor.username(), name);
            redirect.addFlashAttribute("revoked", name);
            return "redirect:/akun/token";
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return list(actor, model);
        }
    }
}
