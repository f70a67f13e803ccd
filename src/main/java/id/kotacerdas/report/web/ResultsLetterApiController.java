package id.kotacerdas.report.web;

import id.kotacerdas.report.LetterPdf;
import id.kotacerdas.report.ResultsLetters;
import id.kotacerdas.report.ResultsLetters.Letter;
import id.kotacerdas.report.domain.ResultsLetter;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import id.kotacerdas.shared.web.ResponseFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/periods/{year}")
@Tag(name = "Publication outputs")
class ResultsLetterApiController {

    /** The letter's fields as the API reads and writes them; {@code drafted}: not saved by an administrator yet. */
    record LetterBody(
            String number,
            LocalDate date,
            String place,
            String subject,
            String signatoryName,
            String signatoryTitle,
            List<String> paragraphs,
            Boolean drafted) {

        static LetterBody of(Letter letter) {
            ResultsLetter l = letter.letter();
            return new LetterBody(
                    l.number(),
                    l.date(),
                    l.place(),
                    l.subject(),
                    l.signatoryName(),
                    l.signatoryTitle(),
                    l.paragraphs(),
                    letter.drafted());
        }

        ResultsLetter checked() {
            return ResultsLetter.checked(number, date, place, subject, signatoryName, signatoryTitle, paragraphs);
        }
    }

    private final ResultsLetters letters;
    private final LetterPdf pdf;

    ResultsLetterApiController(ResultsLetters letters, LetterPdf pdf) {
        this.letters = letters;
        this.pdf = pdf;
    }

    @GetMapping("/letter")
    @Operation(summary = "The results letter's text (ADMIN): as saved, or the draft made from the period's data")
    @ProblemCodes(notFound = "period.notFound")
    LetterBody letter(@PathVariable int year, Actor actor) {
        return LetterBody.of(letters.get(year, actor));
    }

    @PutMapping("/letter")
    @Operation(
            summary = "Write the results letter (ADMIN; audited)",
            description = "Every field required; 1 to 30 paragraphs of at most 4000 characters. 400 letter.*"
                    + " names the field.")
    @ProblemCodes(
            invalidInput = {
                "letter.date.missing",
                "letter.field.invalid",
                "letter.paragraphs.count",
                "letter.paragraphs.length"
            },
            notFound = "period.notFound")
    LetterBody save(@PathVariable int year, @RequestBody LetterBody body, Actor actor) {
        return LetterBody.of(letters.save(year, body.checked(), actor));
    }

    @GetMapping("/letter.pdf")
    @Operation(
            summary = "The results letter as PDF/A: the letter, Lampiran I (addressees), Lampiran II (the national"
                    + " table) and the participants without a result",
            description = "Public once the period's results are; before that administrators get a draft marked"
                    + " DRAF and anyone else 404 results.notPublished.")
    @ProblemCodes(notFound = {"period.notFound", "results.notPublished"})
    void letterPdf(@PathVariable int year, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean admin = request.isUserInRole("ADMIN");
        String name = "surat-hasil-" + year + (pdf.draft(year, admin) ? "-draf" : "") + ".pdf";
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        pdf.write(year, admin, document);
        ResponseFiles.attachment(response, "application/pdf", name);
        document.writeTo(response.getOutputStream());
    }
}
