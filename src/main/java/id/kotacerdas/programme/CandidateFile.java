package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.SheetRow;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.io.DelimitedText;
import id.kotacerdas.shared.io.WorkbookCells;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.tika.Tika;
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

    private static final Tika TIKA = new Tika();
    private static final Set<String> PACKAGES = Set.of("application/x-tika-ooxml", "application/zip");

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
        String text = DelimitedText.decode(content);
        try {
            return DelimitedText.records(text, delimiter(text), MAX_ROWS).stream()
                    .map(r -> new SheetRow(r.line(), r.cells()))
                    .toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused("selection.load.unreadable", "The file is not readable as CSV: " + e.getMessage());
        }
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
        return new SheetRow(row.getRowNum(), WorkbookCells.texts(row));
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
