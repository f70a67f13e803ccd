package id.kotacerdas.programme.web;

import id.kotacerdas.programme.GuidanceMaterials;
import id.kotacerdas.programme.GuidanceSessionView;
import id.kotacerdas.programme.GuidanceSessions;
import id.kotacerdas.programme.Mentoring;
import id.kotacerdas.programme.Milestones;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.shared.web.UploadedFiles;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mentor's page ({@code /penilaian/pendampingan}): the regions they mentor with their milestones, the
 * sessions of those regions, and the forms to record a session, a material or a milestone reached. Anyone else sees
 * an empty list; the use cases refuse their posts.
 */
@Controller
class MentoringPageController {

    private static final String PAGE = "redirect:/penilaian/pendampingan";

    private final Mentoring mentoring;
    private final GuidanceSessions sessions;
    private final GuidanceMaterials materials;
    private final Milestones milestones;
    private final MessageSource messages;
    private final UiErrors errors;

    MentoringPageController(
            Mentoring mentoring,
            GuidanceSessions sessions,
            GuidanceMaterials materials,
            Milestones milestones,
            MessageSource messages,
            UiErrors errors) {
        this.mentoring = mentoring;
        this.sessions = sessions;
        this.materials = materials;
        this.milestones = milestones;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping("/penilaian/pendampingan")
    String page(Actor actor, Model model) {
        List<Mentoring.MentoredRegion> regions = mentoring.regions(actor);
        model.addAttribute("regions", regions);
        model.addAttribute(
                "regionCodes",
                regions.stream().map(r -> r.cohort().regionCode()).toList());
        model.addAttribute(
                "regionNames",
                regions.stream().map(Mentoring.MentoredRegion::regionName).toList());
        model.addAttribute("sessions", regions.isEmpty() ? List.of() : sessions.list(null, actor));
        return "programme/mentoring";
    }

    @PostMapping("/penilaian/pendampingan/bimtek")
    String session(
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            List<String> offered = mentoring.regions(actor).stream()
                    .map(r -> r.cohort().regionCode())
                    .distinct()
                    .toList();
            GuidanceSessionView saved = sessions.record(GuidanceForms.session(fields, offered), actor);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("guidance.page.sessionSaved", new Object[] {saved.topic()}, locale));
        } catch (DomainException e) {
            errors.flash(e, "sessionError", redirect, locale);
        }
        return PAGE + "#sessions";
    }

    @PostMapping("/penilaian/pendampingan/bimtek/{session}/materi")
    String material(
            @PathVariable long session,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            materials.upload(session, UploadedFiles.name(file), UploadedFiles.bytes(file), actor);
            redirect.addFlashAttribute("notice", messages.getMessage("guidance.page.materialSaved", null, locale));
        } catch (DomainException e) {
            errors.flash(e, "sessionError", redirect, locale);
        }
        return PAGE + "#sessions";
    }

    @PostMapping("/penilaian/pendampingan/{id}/{code}/tahapan/{no}")
    String milestone(
            @PathVariable long id,
            @PathVariable String code,
            @PathVariable int no,
            @RequestParam(required = false) String reachedOn,
            @RequestParam(required = false) String note,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            milestones.reach(
                    id, code, no, GuidanceForms.date(reachedOn, "reachedOn", "milestone.reachedOn"), note, actor);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("guidance.page.milestoneSaved", new Object[] {code, no}, locale));
        } catch (DomainException e) {
            errors.flash(e, "milestoneError", redirect, locale);
        }
        return PAGE + "#region-" + code;
    }
}
