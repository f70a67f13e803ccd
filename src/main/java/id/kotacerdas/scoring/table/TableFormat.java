package id.kotacerdas.scoring.table;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The file formats a published national table can be uploaded in. */
public enum TableFormat {
    /** Tab-separated text, as the table is published. */
    TSV,
    /** Comma- or semicolon-separated text. */
    CSV,
    /** An Office Open XML workbook; the first sheet is read. */
    XLSX;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Works out the format of an upload.
     *
     * <ol>
     *   <li>Content starting with the ZIP signature {@code PK\3\4} is XLSX, whatever its name or type.
     *   <li>Otherwise the content type ({@code text/tab-separated-values}, {@code text/csv}, ...), then the file
     *       name's extension ({@code .tsv}, {@code .tab}, {@code .csv}) decide between TSV and CSV.
     *   <li>Otherwise the first line of the content is sniffed: tabs make TSV, commas or semicolons CSV.
     * </ol>
     *
     * @param contentType the declared content type, possibly with parameters, or {@code null}
     * @param filename the uploaded file's name, or {@code null}
     * @param head the first bytes of the content (a few hundred are enough), or {@code null}
     * @return the format, or empty when the upload claims to be a workbook but is not a ZIP (e.g. a legacy
     *     {@code .xls}) or nothing indicates a format
     */
    public static Optional<TableFormat> detect(String contentType, String filename, byte[] head) {
        byte[] bytes = head == null ? new byte[0] : head;
        if (startsWithZipMagic(bytes)) {
            return Optional.of(XLSX);
        }
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
        if (type.equals(XLSX_CONTENT_TYPE)
                || type.equals("application/vnd.ms-excel")
                || name.endsWith(".xlsx")
                || name.endsWith(".xls")) {
            return Optional.empty(); // claims to be a workbook but is not a readable one
        }
        switch (type) {
            case "text/tab-separated-values", "text/tsv" -> {
                return Optional.of(TSV);
            }
            case "text/csv", "application/csv", "text/comma-separated-values" -> {
                return Optional.of(CSV);
            }
            default -> {
                // not decisive: fall through to the file name
            }
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return Optional.of(TSV);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return sniff(bytes);
    }

    private static boolean startsWithZipMagic(byte[] bytes) {
        if (bytes.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (bytes[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<TableFormat> sniff(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        long others = firstLine.chars().filter(c -> c == ',' || c == ';').count();
        if (tabs > 0 && tabs >= others) {
            return Optional.of(TSV);
        }
        if (others > 0) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
