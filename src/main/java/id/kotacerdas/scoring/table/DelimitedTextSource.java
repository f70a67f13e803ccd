package id.kotacerdas.scoring.table;

import id.kotacerdas.shared.io.DelimitedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads tab-, comma- or semicolon-separated text into {@link RawRow}s with their line numbers. */
final class DelimitedTextSource {

    private DelimitedTextSource() {}

    static List<RawRow> read(byte[] content, TableFormat format) {
        String text = DelimitedText.decode(content);
        char delimiter = format == TableFormat.TSV ? '\t' : csvDelimiter(text);
        try {
            return DelimitedText.records(text, delimiter, Integer.MAX_VALUE - 1).stream()
                    .map(r -> new RawRow(r.line(), r.cells()))
                    .toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new TableFormatException("the file is not readable as " + format + ": " + e.getMessage(), e);
        }
    }

    /** {@code ;} when the first non-blank line holds more semicolons than commas, else {@code ,}. */
    static char csvDelimiter(String text) {
        String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
