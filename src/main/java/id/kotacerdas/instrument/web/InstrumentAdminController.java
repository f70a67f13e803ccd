package id.kotacerdas.instrument.web;

import id.kotacerdas.instrument.EditInstrument;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.domain.Question;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's editing of a draft instrument: weights in percent, questions. */
@Controller
class InstrumentAdminController {

    private final InstrumentApi instruments;
    private final EditInstrument editInstrument;
    private final InstrumentPage page;
    private final UiErrors errors;

    InstrumentAdminController(
            InstrumentApi instruments, EditInstrument editInstrument, InstrumentPage page, UiErrors errors) {
        this.instruments = instruments;
        this.editInstrument = editInstrument;
        this.page = page;
        this.errors = errors;
    }

    /** Weights come as {@code w_BASELINE=10} … in percent; an empty field leaves the dimension out. */
    @PostMapping("/admin/periode/{year}/bobot/{track}")
    String weights(
            @PathVariable int year,
            @PathVariable String track,
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            editInstrument.setWeights(year, track, percentages(form), actor.username());
            return "redirect:/admin/periode/" + year + "#bobot";
        } catch (DomainException e) {
            model.addAttribute("errorTrack", track);
            return page.refuse(year, e, model, locale, response);
        }
    }

    @GetMapping("/admin/periode/{year}/pertanyaan/{no}")
    String question(@PathVariable int year, @PathVariable int no, Model model) {
        InstrumentView instrument = instruments.instrument(year);
        model.addAttribute("instrument", instrument);
        model.addAttribute("question", instrument.question(no));
        return "instrument/question";
    }

    @PostMapping("/admin/periode/{year}/pertanyaan/{no}")
    String saveQuestion(
            @PathVariable int year,
            @PathVariable int no,
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            editInstrument.updateQuestion(year, question(no, form), actor.username());
            return "redirect:/admin/periode/" + year + "#q" + no;
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            model.addAttribute("instrument", instruments.instrument(year));
            model.addAttribute(
                    "question",
                    new InstrumentView.QuestionView(
                            no,
                            form.get("dimension"),
                            form.get("indicator"),
                            form.get("subIndicator"),
                            form.get("text")));
            return "instrument/question";
        }
    }

    @PostMapping("/admin/periode/{year}/pertanyaan")
    String addQuestion(
            @PathVariable int year,
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            int no = editInstrument.addQuestion(year, question(1, form), actor.username());
            return "redirect:/admin/periode/" + year + "#q" + no;
        } catch (DomainException e) {
            model.addAttribute("newQuestion", form);
            return page.refuse(year, e, model, locale, response);
        }
    }

    @PostMapping("/admin/periode/{year}/pertanyaan/{no}/hapus")
    String removeQuestion(
            @PathVariable int year,
            @PathVariable int no,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            editInstrument.removeQuestion(year, no, actor.username());
            return "redirect:/admin/periode/" + year + "#pertanyaan";
        } catch (DomainException e) {
            return page.refuse(year, e, model, locale, response);
        }
    }

    private static Question question(int no, Map<String, String> form) {
        return new Question(
                no, form.get("dimension"), form.get("indicator"), form.get("subIndicator"), form.get("text"));
    }

    private static Map<String, BigDecimal> percentages(Map<String, String> form) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("w_") && value != null && !value.isBlank()) {
                String dimension = name.substring(2);
                try {
                    weights.put(dimension, new BigDecimal(value.trim().replace(',', '.')).movePointLeft(2));
                } catch (NumberFormatException e) {
                    throw new InvalidInput("weights", "weights.notANumber", "Not a number: " + value, dimension, value);
                }
            }
        });
        return weights;
    }
}
