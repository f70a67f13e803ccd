package id.kotacerdas.scoring.table;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads tab-, comma- or semicolon-separated text into {@link RawRow}s with their line numbers. */
final class DelimitedTextSource {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private DelimitedTextSource() {}

    static List<RawRow> read(byte[] content, TableFormat format) {
        String text = decode(content);
        char delimiter = format == TableFormat.TSV ? '\t' : csvDelimiter(text);
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(csv)
                .get()) {
            long previousEnd = 0;
            for (CSVRecord record : parser) {
                // A record may span lines (quoted line breaks): it starts after the previous one ended.
                rows.add(new RawRow((int) previousEnd + 1, record.toList()));
                previousEnd = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new TableFormatException("the file is not readable as " + format + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 are read as Windows-1252, as Excel writes. */
    static String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(content, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** {@code ;} when the first non-blank line holds more semicolons than commas, else {@code ,}. */
    static char csvDelimiter(String text) {
        String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
