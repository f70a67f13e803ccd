package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.ExtendSelfAssessment;
import id.kotacerdas.assessment.TrackPeriod;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ministry's tracking dashboard of a period, where a region that has not submitted is given more time. */
@Controller
class TrackingPageController {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final TrackPeriod tracking;
    private final InstrumentApi instruments;
    private final ExtendSelfAssessment extensions;
    private final UiErrors errors;

    TrackingPageController(
            TrackPeriod tracking, InstrumentApi instruments, ExtendSelfAssessment extensions, UiErrors errors) {
        this.tracking = tracking;
        this.instruments = instruments;
        this.extensions = extensions;
        this.errors = errors;
    }

    @GetMapping("/admin/periode/{year}/pemantauan")
    String dashboard(@PathVariable int year, Actor actor, Model model) {
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("rows", tracking.rows(year, actor));
        return "assessment/tracking";
    }

    /** Grants or changes the region's extension; the new deadline is entered in Western Indonesian Time. */
    @PostMapping("/admin/periode/{year}/pemantauan/{code}/perpanjangan")
    String extend(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime until,
            @RequestParam(required = false) String reason,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            extensions.grant(
                    year, code, until == null ? null : until.atZone(WIB).toOffsetDateTime(), reason, actor);
            return "redirect:/admin/periode/" + year + "/pemantauan#track-" + code;
        } catch (DomainException e) {
            return refused(e, year, code, actor, model, locale, response);
        }
    }

    @PostMapping("/admin/periode/{year}/pemantauan/{code}/perpanjangan/cabut")
    String withdraw(
            @PathVariable int year,
            @PathVariable String code,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            extensions.withdraw(year, code, actor);
            return "redirect:/admin/periode/" + year + "/pemantauan#track-" + code;
        } catch (DomainException e) {
            return refused(e, year, code, actor, model, locale, response);
        }
    }

    /** The dashboard again with the refusal shown next to the region's extension fields. */
    private String refused(
            DomainException e,
            int year,
            String code,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        errors.show(e, model, response, locale);
        model.addAttribute("errorRegion", code);
        return dashboard(year, actor, model);
    }
}
