package id.kotacerdas.report.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.time.LocalDate;
import java.util.List;

/**
 * The letter that announces a period's results to the heads of the participating regions: its number, place and
 * date, subject, body paragraphs and signatory. Lampiran I (the addressees), II (the national table) and the
 * non-participants are not written: they come from the period's data when the letter is printed.
 */
public record ResultsLetter(
        String number,
        LocalDate date,
        String place,
        String subject,
        String signatoryName,
        String signatoryTitle,
        List<String> paragraphs) {

    public static final int MAX_PARAGRAPHS = 30;
    public static final int MAX_PARAGRAPH = 4000;

    /** Trimmed, every field present and within its length; InvalidInput names the first field that is not. */
    public static ResultsLetter checked(
            String number,
            LocalDate date,
            String place,
            String subject,
            String signatoryName,
            String signatoryTitle,
            List<String> paragraphs) {
        if (date == null) {
            throw new InvalidInput("date", "letter.date.missing", "The letter's date is missing");
        }
        List<String> body = paragraphs == null
                ? List.of()
                : paragraphs.stream()
                        .map(p -> p == null ? "" : p.strip())
                        .filter(p -> !p.isEmpty())
                        .toList();
        if (body.isEmpty() || body.size() > MAX_PARAGRAPHS) {
            throw new InvalidInput(
                    "paragraphs", "letter.paragraphs.count", "Between 1 and 30 paragraphs", MAX_PARAGRAPHS);
        }
        if (body.stream().anyMatch(p -> p.length() > MAX_PARAGRAPH)) {
            throw new InvalidInput(
                    "paragraphs", "letter.paragraphs.length", "A paragraph of at most 4000 characters", MAX_PARAGRAPH);
        }
        return new ResultsLetter(
                text("number", number, 100),
                date,
                text("place", place, 100),
                text("subject", subject, 300),
                text("signatoryName", signatoryName, 200),
                text("signatoryTitle", signatoryTitle, 200),
                body);
    }

    private static String text(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidInput(field, "letter.field.invalid", field + ": 1 to " + max + " characters", max);
        }
        return v;
    }
}
