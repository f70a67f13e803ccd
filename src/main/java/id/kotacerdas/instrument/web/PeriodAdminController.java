package id.kotacerdas.instrument.web;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's pages for periods: list, create by copying, lifecycle and schedule. */
@Controller
class PeriodAdminController {

    private final InstrumentApi instruments;
    private final CreatePeriod createPeriod;
    private final MovePeriod movePeriod;
    private final UiErrors errors;
    private final InstrumentPage page;

    PeriodAdminController(
            InstrumentApi instruments,
            CreatePeriod createPeriod,
            MovePeriod movePeriod,
            UiErrors errors,
            InstrumentPage page) {
        this.instruments = instruments;
        this.createPeriod = createPeriod;
        this.movePeriod = movePeriod;
        this.errors = errors;
        this.page = page;
    }

    @GetMapping("/admin")
    String admin() {
        return "redirect:/admin/periode";
    }

    @GetMapping("/admin/periode")
    String periods(Model model) {
        model.addAttribute("periods", instruments.periods());
        model.addAttribute(
                "suggestedYear",
                instruments.periods().stream()
                                .mapToInt(PeriodView::year)
                                .max()
                                .orElse(LocalDate.now().getYear() - 1)
                        + 1);
        return "instrument/periods";
    }

    @PostMapping("/admin/periode")
    String create(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer copyFrom,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            if (year == null) {
                throw new InvalidInput("year", "period.year.required", "Year is required");
            }
            createPeriod.create(year, copyFrom, actor.username());
            return "redirect:/admin/periode/" + year;
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            model.addAttribute("yearInput", year);
            return periods(model);
        }
    }

    @GetMapping("/admin/periode/{year}")
    String period(@PathVariable int year, Model model) {
        return page.show(year, model);
    }

    @PostMapping("/admin/periode/{year}/status")
    String transition(
            @PathVariable int year,
            @RequestParam String to,
            @RequestParam(required = false) String reason,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            movePeriod.transition(year, to, reason, actor.username());
            return "redirect:/admin/periode/" + year;
        } catch (DomainException e) {
            return page.refuse(year, e, model, locale, response);
        }
    }

    @PostMapping("/admin/periode/{year}/jadwal")
    String schedule(
            @PathVariable int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opens,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            movePeriod.schedule(year, opens, deadline, actor.username());
            return "redirect:/admin/periode/" + year;
        } catch (DomainException e) {
            return page.refuse(year, e, model, locale, response);
        }
    }
}
