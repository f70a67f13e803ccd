package id.kotacerdas.scoring.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a published national results table (TSV, CSV or XLSX) into {@link PublishedRow}s, keeping every cell
 * as written. Interpreting the cells is left to {@link DecimalCell}, {@link TrackCell} and the region matcher,
 * so that an import can report each bad cell with its line instead of failing as a whole.
 *
 * <p>Header matching ignores case, whitespace and a byte-order mark; extra columns are ignored; rows whose
 * cells are all blank are skipped (their lines still count). Instances are stateless and thread-safe.
 */
public final class PublishedTableReader {

    /**
     * @param content the uploaded bytes (UTF-8 text, or Windows-1252 when not valid UTF-8; or an XLSX workbook)
     * @param format the format, e.g. from {@link TableFormat#detect}
     * @return the data rows below the header
     * @throws TableFormatException when the content cannot be read, has no header, or lacks required columns
     */
    public PublishedTable read(byte[] content, TableFormat format) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        List<RawRow> raw = switch (format) {
            case TSV, CSV -> DelimitedTextSource.read(content, format);
            case XLSX -> XlsxSource.read(content);
        };
        HeaderMapping header = HeaderMapping.locate(raw);
        List<PublishedRow> rows = new ArrayList<>();
        for (RawRow row : raw) {
            if (row.line() <= header.line() || row.isBlank()) {
                continue;
            }
            Map<String, String> cells = header.cellsOf(row);
            if (cells.values().stream().allMatch(String::isEmpty)) {
                continue; // only unknown columns hold something
            }
            rows.add(new PublishedRow(
                    row.line(),
                    cells.get(PublishedColumn.KAB_KOTA.label()),
                    cells.get(PublishedColumn.KET.label()),
                    cells));
        }
        return new PublishedTable(header.line(), rows);
    }
}
