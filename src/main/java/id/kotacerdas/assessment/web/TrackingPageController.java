package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.TrackPeriod;
import id.kotacerdas.instrument.InstrumentApi;
import java.security.Principal;
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
    String dashboard(@PathVariable int year, Principal user, Model model) {
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("rows", tracking.rows(year, user.getName()));
        return "assessment/tracking";
    }
}
