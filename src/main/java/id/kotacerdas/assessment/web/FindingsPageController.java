package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.WriteFindings;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An assessor adds and removes their findings from the scoring page (post, then back to the page). */
@Controller
class FindingsPageController {

    private final WriteFindings findings;
    private final UiErrors errors;

    FindingsPageController(WriteFindings findings, UiErrors errors) {
        this.findings = findings;
        this.errors = errors;
    }

    @PostMapping("/penilaian/{year}/{code}/temuan")
    String add(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String text,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            findings.add(year, code, kind, text, actor);
        } catch (DomainException e) {
            errors.flash(e, "findingError", redirect, locale);
            redirect.addFlashAttribute("findingText", text);
        }
        return "redirect:/penilaian/" + year + "/" + code + "#findings";
    }

    @PostMapping("/penilaian/{year}/{code}/temuan/{id}/hapus")
    String remove(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable long id,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            findings.remove(year, code, id, actor);
        } catch (DomainException e) {
            errors.flash(e, "findingError", redirect, locale);
        }
        return "redirect:/penilaian/" + year + "/" + code + "#findings";
    }
}
