package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.SheetRow;
import id.kotacerdas.shared.domain.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.Tika;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An uploaded candidates file, told by its content, not its name or declared type: a ZIP package that opens as a
 * workbook is XLSX (its first sheet is read; numbers as plain decimals of at most 15 significant digits, as Excel
 * keeps them); otherwise it must be text, read as CSV (UTF-8, else Windows-1252 as Excel writes it; separated by
 * commas, or semicolons or tabs when the header has more of those). A PDF, a legacy .xls or any other binary is
 * refused. Nothing in the file is run, and the file itself is not kept (its name is).
 */
final class CandidateFile {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Far more rows than regions (514): a compressed sheet cannot grow past it. */
    static final int MAX_ROWS = 2_000;

    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final Tika TIKA = new Tika();
    private static final Set<String> PACKAGES = Set.of("application/x-tika-ooxml", "application/zip");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CandidateFile() {}

    static List<SheetRow> rows(byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("selection.load.fileEmpty", "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("selection.load.fileTooLarge", "The file is larger than 5 MB");
        }
        String type = TIKA.detect(content);
        List<SheetRow> rows = PACKAGES.contains(type) ? workbook(content, type) : text(content, type);
        if (rows.size() > MAX_ROWS) {
            throw refused("selection.load.tooManyRows", "The file has more than " + MAX_ROWS + " rows");
        }
        return rows;
    }

    private static List<SheetRow> workbook(byte[] content, String type) {
        List<SheetRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.limit(MAX_ROWS + 1L).forEach(row -> rows.add(row(row)));
        } catch (IOException | RuntimeException e) {
            throw notATable(type);
        }
        return rows;
    }

    private static List<SheetRow> text(byte[] content, String type) {
        if (!type.startsWith("text/") || contains(content, (byte) 0)) {
            throw notATable(type);
        }
        String text = decode(content);
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(csv)
                .get()) {
            long previousEnd = 0;
            for (CSVRecord record : parser) {
                // a record may span lines (a quoted line break): it starts after the previous one ended
                rows.add(new SheetRow((int) previousEnd + 1, record.toList()));
                previousEnd = parser.getCurrentLineNumber();
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused("selection.load.unreadable", "The file is not readable as CSV: " + e.getMessage());
        }
        return rows;
    }

    /** UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 are read as Windows-1252, as Excel writes. */
    private static String decode(byte[] content) {
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

    /** A comma, unless the first non-blank line has more semicolons or tabs (Excel in an Indonesian locale). */
    private static char delimiter(String text) {
        String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static SheetRow row(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(cell(row.getCell(i)));
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    private static String cell(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
            return "";
        }
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.FORMULA) {
            try {
                BigDecimal value = new BigDecimal(raw.strip()).round(EXCEL_PRECISION);
                return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notANumber) {
                // a formula giving text: its text below
            }
        }
        Object value = cell.getValue();
        return value == null ? raw : value.toString();
    }

    private static boolean contains(byte[] content, byte b) {
        for (byte c : content) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }

    private static InvalidInput notATable(String type) {
        return new InvalidInput(
                "file", "selection.load.format", "Neither a CSV file nor an XLSX workbook (" + type + ")", type);
    }

    private static InvalidInput refused(String key, String reason) {
        return new InvalidInput("file", key, reason);
    }
}
