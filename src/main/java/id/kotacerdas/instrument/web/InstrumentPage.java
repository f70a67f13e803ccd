package id.kotacerdas.instrument.web;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of a period's instrument page, also when an action on it was refused. */
@Component
class InstrumentPage {

    private final InstrumentApi instruments;
    private final UiErrors errors;

    InstrumentPage(InstrumentApi instruments, UiErrors errors) {
        this.instruments = instruments;
        this.errors = errors;
    }

    String show(int year, Model model) {
        PeriodView period = instruments.period(year);
        InstrumentView instrument = instruments.instrument(year);
        model.addAttribute("period", period);
        model.addAttribute("instrument", instrument);
        model.addAttribute("next", period.status().next().map(Enum::name).orElse(null));
        return "instrument/period";
    }

    String refuse(int year, DomainException e, Model model, Locale locale, HttpServletResponse response) {
        errors.show(e, model, response, locale);
        return show(year, model);
    }
}
