package id.kotacerdas.shared.io;

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

/**
 * An uploaded CSV or TSV file read as records: decoded as UTF-8 (a byte-order mark dropped) or else Windows-1252,
 * as Excel writes; quoted fields may hold the delimiter and line breaks; surrounding spaces dropped.
 */
public final class DelimitedText {

    /** A record and the line it starts on (1 for the first). */
    public record Record(int line, List<String> cells) {}

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private DelimitedText() {}

    /** UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 are read as Windows-1252, as Excel writes. */
    public static String decode(byte[] content) {
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

    /**
     * At most {@code maxRecords} records (one more, so that the caller can tell there are more). Text that is not
     * readable as such (an unclosed quote) throws {@link IOException}, {@link UncheckedIOException} or
     * {@link IllegalStateException}.
     */
    public static List<Record> records(String text, char delimiter, int maxRecords) throws IOException {
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(csv)
                .get()) {
            long previousEnd = 0;
            for (CSVRecord record : parser) {
                // a record may span lines (a quoted line break): it starts after the previous one ended
                records.add(new Record((int) previousEnd + 1, record.toList()));
                previousEnd = parser.getCurrentLineNumber();
                if (records.size() > maxRecords) {
                    break;
                }
            }
        }
        return records;
    }
}
