package id.kotacerdas.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads what an export wrote: a workbook's sheets, a ZIP's entries. */
public final class DownloadedFiles {

    private DownloadedFiles() {}

    /** Each sheet's rows by their number (1-based, as a spreadsheet shows them); empty rows are absent. */
    public static Map<String, Map<Integer, Row>> sheets(byte[] xlsx) throws IOException {
        Map<String, Map<Integer, Row>> sheets = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                Map<Integer, Row> rows = new HashMap<>();
                sheet.read().forEach(row -> rows.put(row.getRowNum(), row));
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }

    /** The entries in their order, by name. */
    public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
