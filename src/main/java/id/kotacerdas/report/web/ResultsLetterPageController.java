package id.kotacerdas.report.web;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.report.ResultsLetters;
import id.kotacerdas.report.ResultsLetters.Letter;
import id.kotacerdas.report.domain.ResultsLetter;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator writes the period's results letter and previews it as PDF. */
@Controller
class ResultsLetterPageController {

    private final ResultsLetters letters;
    private final InstrumentApi instruments;
    private final UiErrors errors;

    ResultsLetterPageController(ResultsLetters letters, InstrumentApi instruments, UiErrors errors) {
        this.letters = letters;
        this.instruments = instruments;
        this.errors = errors;
    }

    /** The letter's fields as the form holds them: the body is one text, paragraphs split by empty lines. */
    record LetterForm(
            String number,
            String date,
            String place,
            String subject,
            String signatoryName,
            String signatoryTitle,
            String body) {

        static LetterForm of(ResultsLetter l) {
            return new LetterForm(
                    l.number(),
                    l.date().toString(),
                    l.place(),
                    l.subject(),
                    l.signatoryName(),
                    l.signatoryTitle(),
                    String.join("\n\n", l.paragraphs()));
        }

        ResultsLetter checked() {
            LocalDate day;
            try {
                day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("date", "letter.date.missing", "The letter's date is missing");
            }
            List<String> paragraphs = body == null ? List.of() : Arrays.asList(body.split("\\R\\s*\\R"));
            return ResultsLetter.checked(number, day, place, subject, signatoryName, signatoryTitle, paragraphs);
        }
    }

    @GetMapping("/admin/periode/{year}/surat")
    String page(@PathVariable int year, Actor actor, Model model) {
        Letter letter = letters.get(year, actor);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LetterForm.of(letter.letter()));
        }
        model.addAttribute("drafted", letter.drafted());
        model.addAttribute("period", instruments.period(year));
        return "report/letter";
    }

    @PostMapping("/admin/periode/{year}/surat")
    String save(
            @PathVariable int year,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String signatoryName,
            @RequestParam(required = false) String signatoryTitle,
            @RequestParam(required = false) String body,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        LetterForm form = new LetterForm(number, date, place, subject, signatoryName, signatoryTitle, body);
        try {
            letters.save(year, form.checked(), actor);
        } catch (DomainException e) {
            model.addAttribute("form", form);
            errors.show(e, model, response, locale);
            return page(year, actor, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/periode/" + year + "/surat";
    }
}
