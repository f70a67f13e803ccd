package id.kotacerdas.award.web;

import id.kotacerdas.award.Awards;
import id.kotacerdas.instrument.InstrumentApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page of a period's published awards: each winner with what it was awarded for and its certificate. */
@Controller
class PublicAwardController {

    private final Awards awards;
    private final InstrumentApi instruments;

    PublicAwardController(Awards awards, InstrumentApi instruments) {
        this.awards = awards;
        this.instruments = instruments;
    }

    @GetMapping("/hasil/{year}/penghargaan")
    String published(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("awards", awards.list(year, false));
        return "award/published";
    }
}
