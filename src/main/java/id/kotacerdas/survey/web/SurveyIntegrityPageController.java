package id.kotacerdas.survey.web;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.survey.QuarantineFilter;
import id.kotacerdas.survey.QuarantineResponses;
import id.kotacerdas.survey.SurveyIntegrity;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ministry's integrity pages: every region at a glance, one region in detail with its quarantines. */
@Controller
class SurveyIntegrityPageController {

    private final SurveyIntegrity integrity;
    private final QuarantineResponses quarantine;
    private final InstrumentApi instruments;
    private final UiErrors errors;

    SurveyIntegrityPageController(
            SurveyIntegrity integrity, QuarantineResponses quarantine, InstrumentApi instruments, UiErrors errors) {
        this.integrity = integrity;
        this.quarantine = quarantine;
        this.instruments = instruments;
        this.errors = errors;
    }

    @GetMapping("/admin/periode/{year}/survei/integritas")
    String nation(@PathVariable int year, Actor actor, Model model) {
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("rows", integrity.nation(year, actor));
        return "survey/integrity";
    }

    @GetMapping("/admin/periode/{year}/survei/integritas/{code}")
    String region(@PathVariable int year, @PathVariable String code, Actor actor, Model model) {
        model.addAttribute("r", integrity.region(year, code, actor));
        model.addAttribute("quarantines", integrity.quarantines(year, code, actor));
        return "survey/integrity-region";
    }

    @PostMapping("/admin/periode/{year}/survei/integritas/{code}/karantina")
    String create(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String addressGroup,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
            @RequestParam(required = false) String dimension,
            @RequestParam(required = false) String answers,
            @RequestParam(required = false) String source,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            quarantine.quarantine(
                    year,
                    code,
                    QuarantineFilter.of(addressGroup, wib(from), wib(to), dimension, answers, source, null),
                    reason,
                    actor);
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return region(year, code, actor, model);
        }
        return "redirect:/admin/periode/" + year + "/survei/integritas/" + code;
    }

    /** The form's date and time fields are Western Indonesian Time. */
    private static OffsetDateTime wib(LocalDateTime at) {
        return at == null ? null : at.atOffset(ZoneOffset.ofHours(7));
    }

    @PostMapping("/admin/periode/{year}/survei/integritas/{code}/karantina/{id}/lepas")
    String release(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            quarantine.release(year, code, id, reason, actor);
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return region(year, code, actor, model);
        }
        return "redirect:/admin/periode/" + year + "/survei/integritas/" + code;
    }
}
