package id.kotacerdas.analytics.web;

import id.kotacerdas.analytics.AssessorCalibrations;
import id.kotacerdas.analytics.PanelAgreements;
import id.kotacerdas.analytics.WhatIfFinals;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' pages of the evaluation analytics: the agreement of every panel of a period, one region's
 * panel with the what-if final without one assessor, and the assessors' calibration.
 */
@Controller
class AnalyticsPageController {

    static final String BASE = "/admin/periode/{year}";

    private final PanelAgreements agreements;
    private final AssessorCalibrations calibrations;
    private final WhatIfFinals whatIf;
    private final InstrumentApi instruments;
    private final UiErrors errors;

    AnalyticsPageController(
            PanelAgreements agreements,
            AssessorCalibrations calibrations,
            WhatIfFinals whatIf,
            InstrumentApi instruments,
            UiErrors errors) {
        this.agreements = agreements;
        this.calibrations = calibrations;
        this.whatIf = whatIf;
        this.instruments = instruments;
        this.errors = errors;
    }

    @GetMapping(BASE + "/kesepakatan")
    String overview(@PathVariable int year, Actor actor, Model model) {
        model.addAttribute("overview", agreements.period(year, actor));
        model.addAttribute("period", instruments.period(year));
        return "analytics/agreement";
    }

    @GetMapping(BASE + "/kesepakatan/{code}")
    String region(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(name = "tanpa", required = false) String without,
            Actor actor,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        model.addAttribute("agreement", agreements.region(year, code, actor));
        PeriodView period = instruments.period(year);
        model.addAttribute("period", period);
        model.addAttribute("dimensionNames", dimensionNames(instruments.instrument(year)));
        model.addAttribute("whatIfOpen", AssessorCalibrations.isOpen(period.status()));
        model.addAttribute("without", without);
        if (without != null && AssessorCalibrations.isOpen(period.status())) {
            try {
                model.addAttribute("whatIf", whatIf.without(year, code, without, actor));
            } catch (DomainException e) {
                errors.show(e, model, response, locale);
            }
        }
        return "analytics/panel-agreement";
    }

    @GetMapping(BASE + "/kalibrasi")
    String calibration(@PathVariable int year, Actor actor, Model model) {
        model.addAttribute("calibration", calibrations.whileOpen(year, actor).orElse(null));
        model.addAttribute("period", instruments.period(year));
        return "analytics/calibration";
    }

    private static Map<String, String> dimensionNames(InstrumentView instrument) {
        Map<String, String> names = new LinkedHashMap<>();
        instrument.dimensions().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }
}
