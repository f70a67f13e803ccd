package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.TrackPeriod;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.security.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The ministry's tracking dashboard of a period. */
@Controller
class TrackingPageController {

    private final TrackPeriod tracking;
    private final InstrumentApi instruments;

    TrackingPageController(TrackPeriod tracking, InstrumentApi instruments) {
        this.tracking = tracking;
        this.instruments = instruments;
    }

    @GetMapping("/admin/periode/{year}/pemantauan")
    String dashboard(@PathVariable int year, Actor actor, Model model) {
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("rows", tracking.rows(year, actor));
        return "assessment/tracking";
    }
}
