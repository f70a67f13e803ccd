package id.kotacerdas.programme.web;

import id.kotacerdas.programme.AssignMentors;
import id.kotacerdas.programme.GuidanceMaterials;
import id.kotacerdas.programme.GuidanceSessionView;
import id.kotacerdas.programme.GuidanceSessions;
import id.kotacerdas.programme.MentorAssignment;
import id.kotacerdas.programme.MentorInput;
import id.kotacerdas.programme.Milestones;
import id.kotacerdas.programme.MouDocuments;
import id.kotacerdas.programme.RegionMilestones;
import id.kotacerdas.programme.Selections;
import id.kotacerdas.programme.domain.MilestonePlan;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.UserAccount;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.shared.web.UploadedFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The administrator's guidance page of a confirmed cohort ({@code /admin/seleksi/{id}/pendampingan}): the mentors
 * of each region, the milestone list, the progress of every region, the sessions and the form to record one, and
 * the signed MoU of each region. Every form redirects back, a refusal flashed next to its form.
 */
@Controller
class GuidanceAdminPageController {

    private final Selections selections;
    private final AssignMentors mentors;
    private final Milestones milestones;
    private final GuidanceSessions sessions;
    private final GuidanceMaterials materials;
    private final MouDocuments documents;
    private final ManageAccounts accounts;
    private final MessageSource messages;
    private final UiErrors errors;

    GuidanceAdminPageController(
            Selections selections,
            AssignMentors mentors,
            Milestones milestones,
            GuidanceSessions sessions,
            GuidanceMaterials materials,
            MouDocuments documents,
            ManageAccounts accounts,
            MessageSource messages,
            UiErrors errors) {
        this.selections = selections;
        this.mentors = mentors;
        this.milestones = milestones;
        this.sessions = sessions;
        this.materials = materials;
        this.documents = documents;
        this.accounts = accounts;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping("/admin/seleksi/{id}/pendampingan")
    String page(@PathVariable long id, Actor actor, Model model) {
        List<RegionMilestones> progress = milestones.table(id, actor);
        List<MentorAssignment> assigned = mentors.ofSelection(id, actor);
        Set<String> regions =
                progress.stream().map(RegionMilestones::regionCode).collect(Collectors.toSet());
        var detail = selections.detail(id, actor);
        model.addAttribute("selection", detail);
        model.addAttribute(
                "regionCodes",
                progress.stream().map(RegionMilestones::regionCode).toList());
        model.addAttribute(
                "regionNames",
                progress.stream().map(r -> detail.name(r.regionCode())).toList());
        model.addAttribute("milestones", milestones.list(id, actor));
        model.addAttribute("progress", progress);
        model.addAttribute("mentors", assigned);
        model.addAttribute(
                "assessors",
                accounts.assessorChoices(List.of()).stream()
                        .sorted(Comparator.comparing(UserAccount::username))
                        .toList());
        model.addAttribute(
                "sessions",
                sessions.list(null, actor).stream()
                        .filter(s -> s.regions().stream().anyMatch(r -> regions.contains(r.regionCode())))
                        .toList());
        model.addAttribute(
                "documents",
                progress.stream()
                        .collect(Collectors.toMap(
                                RegionMilestones::regionCode, r -> documents.revisions(id, r.regionCode(), actor))));
        return "programme/guidance-admin";
    }

    @PostMapping("/admin/seleksi/{id}/pendampingan/{code}/pendamping")
    String addMentor(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            List<MentorInput> list = new ArrayList<>(current(id, code, actor));
            list.add(new MentorInput(
                    username,
                    GuidanceForms.date(from, "from", "mentor.from"),
                    GuidanceForms.date(to, "to", "mentor.to")));
            mentors.replace(id, code, list, actor);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("guidance.page.mentorsSaved", new Object[] {code}, locale));
        } catch (DomainException e) {
            errors.flash(e, "mentorError", redirect, locale);
            redirect.addFlashAttribute("mentorRegion", code);
        }
        return "redirect:/admin/seleksi/" + id + "/pendampingan#mentors";
    }

    @PostMapping("/admin/seleksi/{id}/pendampingan/{code}/pendamping/{username}/hapus")
    String removeMentor(
            @PathVariable long id,
            @PathVariable String code,
            @PathVariable String username,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            List<MentorInput> list = current(id, code, actor).stream()
                    .filter(m -> !m.username().equals(username))
                    .toList();
            mentors.replace(id, code, list, actor);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("guidance.page.mentorsSaved", new Object[] {code}, locale));
        } catch (DomainException e) {
            errors.flash(e, "mentorError", redirect, locale);
            redirect.addFlashAttribute("mentorRegion", code);
        }
        return "redirect:/admin/seleksi/" + id + "/pendampingan#mentors";
    }

    @PostMapping("/admin/seleksi/{id}/tahapan")
    String milestones(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            List<String> names = fields.getOrDefault("name", List.of());
            List<String> dues = fields.getOrDefault("dueOn", List.of());
            List<MilestonePlan.Draft> drafts = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).isBlank()) {
                    drafts.add(new MilestonePlan.Draft(
                            names.get(i),
                            GuidanceForms.date(i < dues.size() ? dues.get(i) : null, "milestones", "milestone.name")));
                }
            }
            milestones.change(id, drafts, actor);
            redirect.addFlashAttribute("notice", messages.getMessage("guidance.page.milestonesSaved", null, locale));
        } catch (DomainException e) {
            errors.flash(e, "milestoneError", redirect, locale);
        }
        return "redirect:/admin/seleksi/" + id + "/pendampingan#milestones";
    }

    @PostMapping("/admin/seleksi/{id}/bimtek")
    String session(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            List<String> offered = milestones.table(id, actor).stream()
                    .map(RegionMilestones::regionCode)
                    .toList();
            GuidanceSessionView saved = sessions.record(GuidanceForms.session(fields, offered), actor);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("guidance.page.sessionSaved", new Object[] {saved.topic()}, locale));
        } catch (DomainException e) {
            errors.flash(e, "sessionError", redirect, locale);
        }
        return "redirect:/admin/seleksi/" + id + "/pendampingan#sessions";
    }

    @PostMapping("/admin/seleksi/{id}/bimtek/{session}/materi")
    String material(
            @PathVariable long id,
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
        return "redirect:/admin/seleksi/" + id + "/pendampingan#sessions";
    }

    @PostMapping("/admin/seleksi/{id}/mou/{code}/dokumen")
    String mouDocument(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            documents.upload(id, code, UploadedFiles.name(file), UploadedFiles.bytes(file), actor);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("guidance.page.mouSaved", new Object[] {code}, locale));
        } catch (DomainException e) {
            errors.flash(e, "mouError", redirect, locale);
            redirect.addFlashAttribute("mouRegion", code);
        }
        return "redirect:/admin/seleksi/" + id + "/pendampingan#mou";
    }

    private List<MentorInput> current(long id, String code, Actor actor) {
        return mentors.list(id, code, actor).stream()
                .filter(MentorAssignment::current)
                .map(m -> new MentorInput(m.username(), m.fromOn(), m.toOn()))
                .toList();
    }
}
