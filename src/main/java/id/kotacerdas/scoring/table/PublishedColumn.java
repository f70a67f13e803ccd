package id.kotacerdas.scoring.table;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The columns of the published national results table, by their canonical header label. */
public enum PublishedColumn {
    NO("NO", false),
    KAB_KOTA("KAB/KOTA", true),
    BASELINE("BASELINE", true),
    OUTPUT("OUTPUT", true),
    OUTCOME("OUTCOME", true),
    IMPACT("IMPACT", true),
    QUICK_WINS("QUICK WINS", true),
    PROGRAM_KOLABORASI("PROGRAM KOLABORASI", true),
    NILAI_FINAL("NILAI FINAL", true),
    TINGKAT_IMPROVEMENT("TINGKAT IMPROVEMENT", true),
    KET("KET", true);

    private static final Pattern IGNORED = Pattern.compile("[\\s\\u00A0\\uFEFF\\u200B]+");

    private final String label;
    private final boolean required;

    PublishedColumn(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    /** The header label as published, used as the key of {@link PublishedRow#rawCells()}. */
    public String label() {
        return label;
    }

    /** Whether a table without this column is refused. Only the running number {@code NO} is optional. */
    public boolean required() {
        return required;
    }

    /**
     * Recognises a header cell, ignoring case, a byte-order mark and all whitespace ({@code " kab / kota "}
     * is {@code KAB/KOTA}, {@code QUICKWINS} is {@code QUICK WINS}).
     */
    public static Optional<PublishedColumn> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String wanted = squash(header);
        for (PublishedColumn column : values()) {
            if (squash(column.label).equals(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String squash(String text) {
        return IGNORED.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
