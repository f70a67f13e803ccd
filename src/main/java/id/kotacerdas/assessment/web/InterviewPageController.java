package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.InterviewView;
import id.kotacerdas.assessment.ScheduleInterviews;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ministry's page of a region's stage I notes, interview session and attendance. */
@Controller
class InterviewPageController {

    /** Interview times are entered in Western Indonesian Time. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ScheduleInterviews interviews;
    private final AssignPanel panels;
    private final RegionApi regions;
    private final UiErrors errors;

    InterviewPageController(ScheduleInterviews interviews, AssignPanel panels, RegionApi regions, UiErrors errors) {
        this.interviews = interviews;
        this.panels = panels;
        this.regions = regions;
        this.errors = errors;
    }

    @GetMapping("/admin/periode/{year}/wawancara/{code}")
    String page(@PathVariable int year, @PathVariable String code, Actor actor, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("region", regions.get(code));
        model.addAttribute("notes", interviews.notes(year, code, actor));
        model.addAttribute("panel", panels.members(year, code, actor));
        InterviewView interview;
        try {
            interview = interviews.interview(year, code, actor);
        } catch (NotFound none) {
            interview = null;
        }
        model.addAttribute("interview", interview);
        return "assessment/interview";
    }

    @PostMapping("/admin/periode/{year}/wawancara/{code}/jadwal")
    String schedule(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            @RequestParam(required = false) String meetingLink,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        return act(
                year,
                code,
                actor,
                model,
                locale,
                response,
                () -> interviews.schedule(
                        year, code, at == null ? null : at.atZone(WIB).toOffsetDateTime(), meetingLink, actor));
    }

    @PostMapping("/admin/periode/{year}/wawancara/{code}/kehadiran")
    String attendance(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean regionAttended,
            @RequestParam(value = "assessor", required = false) List<String> assessors,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        return act(
                year,
                code,
                actor,
                model,
                locale,
                response,
                () -> interviews.recordAttendance(
                        year, code, regionAttended, assessors == null ? List.of() : assessors, actor));
    }

    @PostMapping("/admin/periode/{year}/wawancara/{code}/catatan")
    String note(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) String note,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        return act(year, code, actor, model, locale, response, () -> interviews.addNote(year, code, note, actor));
    }

    private String act(
            int year,
            String code,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            Runnable action) {
        try {
            action.run();
            return "redirect:/admin/periode/" + year + "/wawancara/" + code;
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return page(year, code, actor, model);
        }
    }
}
