package id.kotacerdas.monitoring.domain;

import id.kotacerdas.monitoring.domain.ImportColumn.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one row of the workbook against the rules an item entered through the API meets, naming the column of
 * each refusal: a code (required here: rows are matched by it), known category, smart dimension, level and
 * direction, a level for roadmap items only, a name (an ISO 37122 indicator of the catalogue may leave it empty:
 * the catalogue's title is taken), text lengths, numbers in the number columns, and only the masterplan's years.
 */
public final class ImportRowCheck {

    private final ImportHeader header;
    private final int start;
    private final int end;

    public ImportRowCheck(ImportHeader header, int start, int end) {
        this.header = header;
        this.start = start;
        this.end = end;
    }

    /** The row as an item, or empty with every refusal of the row added to {@code refusals}. */
    public Optional<ImportedItem> check(SheetRow row, List<ImportRefusal> refusals) {
        List<ImportRefusal> found = new ArrayList<>();
        String code = text(row, Kind.CODE, true, MasterplanRules.CODE_LENGTH, found);
        if (code != null && !MasterplanRules.isCode(code)) {
            found.add(refusal(row, Kind.CODE, "masterplan.import.code", "Not a code: " + code, code));
        }
        Category category = value(Category.class, row, Kind.CATEGORY, true, found);
        SmartDimension dimension = value(SmartDimension.class, row, Kind.SMART_DIMENSION, false, found);
        RoadmapLevel level = value(RoadmapLevel.class, row, Kind.LEVEL, false, found);
        if (category != null && (category == Category.ROADMAP) != (level != null)) {
            found.add(refusal(row, Kind.LEVEL, "masterplan.import.level", "A level for roadmap items only"));
        }
        Direction direction = value(Direction.class, row, Kind.DIRECTION, true, found);
        Optional<Iso37122Indicator> indicator =
                category == Category.ISO_37122 ? Iso37122Catalogue.find(code) : Optional.empty();
        String name = text(row, Kind.NAME, indicator.isEmpty(), 500, found);
        String unit = text(row, Kind.UNIT, false, 60, found);
        String agency = text(row, Kind.RESPONSIBLE_AGENCY, false, 200, found);
        Map<ImportColumn, BigDecimal> values = values(row, found);
        if (category == Category.INSTITUTION) {
            institution(row, direction, values, found);
        }
        refusals.addAll(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportedItem(
                row.row(),
                code,
                category,
                dimension,
                level,
                name == null ? indicator.map(Iso37122Indicator::title).orElse(null) : name,
                unit,
                direction,
                agency,
                values));
    }

    private Map<ImportColumn, BigDecimal> values(SheetRow row, List<ImportRefusal> found) {
        Map<ImportColumn, BigDecimal> values = new LinkedHashMap<>();
        for (ImportColumn column : header.columns()) {
            String cell = header.cell(row, column);
            if (!column.value() || cell.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> number = ImportNumber.parse(cell);
            if (number.isEmpty()) {
                found.add(ImportRefusal.of(
                        row.row(), column, "masterplan.import.notANumber", "Not a number: " + cell, cell));
            } else if (column.year() < start || column.year() > end) {
                found.add(ImportRefusal.of(
                        row.row(),
                        column,
                        "masterplan.import.yearOutside",
                        "A year outside the masterplan",
                        column.year()));
            } else {
                values.put(column, number.get());
            }
        }
        return values;
    }

    /** An institution's values are stages (0, 1, 2), higher is better. */
    private static void institution(
            SheetRow row, Direction direction, Map<ImportColumn, BigDecimal> values, List<ImportRefusal> found) {
        if (direction == Direction.LOWER_IS_BETTER) {
            found.add(refusal(
                    row,
                    Kind.DIRECTION,
                    "masterplan.institution.direction",
                    "An institution's stage is higher-is-better"));
        }
        values.forEach((column, value) -> {
            if (InstitutionStage.of(value).isEmpty()) {
                found.add(ImportRefusal.of(
                        row.row(),
                        column,
                        "masterplan.institution.stage",
                        "An institution's stage is 0, 1 or 2",
                        value.toPlainString()));
            }
        });
    }

    private String text(SheetRow row, Kind kind, boolean required, int max, List<ImportRefusal> found) {
        String cell = unescaped(header.cell(row, ImportColumn.of(kind)));
        if (cell.isEmpty()) {
            if (required) {
                found.add(refusal(row, kind, "masterplan.import.required", "Required"));
            }
            return null;
        }
        if (cell.length() > max) {
            found.add(refusal(row, kind, "masterplan.import.tooLong", "Longer than " + max, max));
            return null;
        }
        return cell;
    }

    /** The text as stored: the template writes a leading apostrophe before = + - @ so that no sheet computes it. */
    private static String unescaped(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }

    private <E extends Enum<E>> E value(
            Class<E> type, SheetRow row, Kind kind, boolean required, List<ImportRefusal> found) {
        String cell = header.cell(row, ImportColumn.of(kind));
        if (cell.isEmpty()) {
            if (required) {
                found.add(refusal(row, kind, "masterplan.import.required", "Required"));
            }
            return null;
        }
        String name = cell.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (type == SmartDimension.class && name.startsWith("SMART_")) {
            name = name.substring("SMART_".length());
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            found.add(refusal(row, kind, "masterplan.import.unknownValue", "Unknown value " + cell, cell));
            return null;
        }
    }

    private static ImportRefusal refusal(SheetRow row, Kind kind, String code, String reason, Object... arguments) {
        return ImportRefusal.of(row.row(), ImportColumn.of(kind), code, reason, arguments);
    }
}
