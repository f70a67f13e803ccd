package id.kotacerdas.monitoring.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column of the masterplan workbook: one of the item's words, a year's target, or a year's realisation (semester
 * 0) or a semester's (1, 2). Its {@link #label()} is the header the template writes and refusals name; a header is
 * also recognised in Bahasa Indonesia ("kode", "realisasi 2021"), in any case.
 */
public record ImportColumn(Kind kind, int year, int semester) {

    /** What a column holds; the item's words first, in the template's order. */
    public enum Kind {
        CODE("code"),
        CATEGORY("category"),
        SMART_DIMENSION("smart dimension"),
        LEVEL("level"),
        NAME("name"),
        UNIT("unit"),
        DIRECTION("direction"),
        RESPONSIBLE_AGENCY("responsible agency"),
        TARGET("target"),
        REALISATION("realisation");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Map<String, Kind> WORDS = Map.ofEntries(
            Map.entry("code", Kind.CODE),
            Map.entry("kode", Kind.CODE),
            Map.entry("category", Kind.CATEGORY),
            Map.entry("kategori", Kind.CATEGORY),
            Map.entry("smart dimension", Kind.SMART_DIMENSION),
            Map.entry("dimensi smart", Kind.SMART_DIMENSION),
            Map.entry("level", Kind.LEVEL),
            Map.entry("tingkat", Kind.LEVEL),
            Map.entry("name", Kind.NAME),
            Map.entry("nama", Kind.NAME),
            Map.entry("unit", Kind.UNIT),
            Map.entry("satuan", Kind.UNIT),
            Map.entry("direction", Kind.DIRECTION),
            Map.entry("arah", Kind.DIRECTION),
            Map.entry("responsible agency", Kind.RESPONSIBLE_AGENCY),
            Map.entry("perangkat daerah", Kind.RESPONSIBLE_AGENCY));

    private static final Pattern YEARLY =
            Pattern.compile("(target|realisation|realization|realisasi|s1|s2|semester 1|semester 2) (\\d{4})");

    public static ImportColumn of(Kind kind) {
        return new ImportColumn(kind, 0, 0);
    }

    public static ImportColumn target(int year) {
        return new ImportColumn(Kind.TARGET, year, 0);
    }

    /** @param semester 0 for the whole year, 1 or 2 for a semester */
    public static ImportColumn realisation(int year, int semester) {
        return new ImportColumn(Kind.REALISATION, year, semester);
    }

    /** The column a header names, if any. */
    public static Optional<ImportColumn> of(String header) {
        String words = header == null
                ? ""
                : header.replace('\u00A0', ' ')
                        .replace('_', ' ')
                        .strip()
                        .replaceAll("\\s+", " ")
                        .toLowerCase(Locale.ROOT);
        Kind kind = WORDS.get(words);
        if (kind != null) {
            return Optional.of(of(kind));
        }
        Matcher yearly = YEARLY.matcher(words);
        if (!yearly.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(yearly.group(2));
        return Optional.of(
                switch (yearly.group(1)) {
                    case "target" -> target(year);
                    case "s1", "semester 1" -> realisation(year, 1);
                    case "s2", "semester 2" -> realisation(year, 2);
                    default -> realisation(year, 0);
                });
    }

    /** Holds a number: a target or a realisation. */
    public boolean value() {
        return kind == Kind.TARGET || kind == Kind.REALISATION;
    }

    /** The semester as the rest of the module has it: null for the whole year. */
    public Integer semesterOrNull() {
        return semester == 0 ? null : semester;
    }

    public String label() {
        if (kind == Kind.TARGET || (kind == Kind.REALISATION && semester == 0)) {
            return kind.label + " " + year;
        }
        return kind == Kind.REALISATION ? "S" + semester + " " + year : kind.label;
    }
}
