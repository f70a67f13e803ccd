package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.SheetRow;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.io.WorkbookCells;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.tika.Tika;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An uploaded masterplan workbook, checked by its content, not its name or declared type: Apache Tika must find a
 * ZIP package (Tika's core tells an Office Open XML package only by its first entry, so a workbook written by a
 * library may read as a plain ZIP), and the package must open as a workbook; a PDF, a CSV, a legacy .xls or a Word
 * document is refused. Its first sheet is read as text: numbers as plain decimals (15 significant digits, as Excel
 * keeps them), text as written. Nothing in the file is run, and the file is not kept.
 */
final class UploadedWorkbook {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** More rows than any masterplan has (Surakarta monitored about 300 items): a compressed sheet cannot grow past it. */
    static final int MAX_ROWS = 20_000;

    private static final Tika TIKA = new Tika();
    private static final Set<String> PACKAGES = Set.of("application/x-tika-ooxml", "application/zip");

    private UploadedWorkbook() {}

    static List<SheetRow> rows(byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("masterplan.import.fileEmpty", "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("masterplan.import.fileTooLarge", "The file is larger than 5 MB");
        }
        String type = TIKA.detect(content);
        if (!PACKAGES.contains(type)) {
            throw notXlsx(type);
        }
        List<SheetRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.limit(MAX_ROWS + 1L).forEach(row -> rows.add(row(row)));
        } catch (IOException | RuntimeException e) {
            throw notXlsx(type);
        }
        if (rows.size() > MAX_ROWS) {
            throw refused("masterplan.import.tooManyRows", "The sheet has more than " + MAX_ROWS + " rows");
        }
        return rows;
    }

    private static SheetRow row(Row row) {
        return new SheetRow(row.getRowNum(), WorkbookCells.texts(row));
    }

    private static InvalidInput notXlsx(String type) {
        return new InvalidInput("file", "masterplan.import.notXlsx", "Not an XLSX workbook (" + type + ")", type);
    }

    private static InvalidInput refused(String key, String reason) {
        return new InvalidInput("file", key, reason);
    }
}
