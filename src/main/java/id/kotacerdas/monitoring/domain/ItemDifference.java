package id.kotacerdas.monitoring.domain;

import id.kotacerdas.monitoring.domain.ImportColumn.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What importing a row changes on the stored item: every word that differs (an empty cell clears a unit, a smart
 * dimension or a responsible agency) and every non-empty number cell that differs from the stored target or
 * realisation (compared as numbers: 5 and 5,0 are the same). An empty number cell changes nothing. No change: the
 * row is unchanged, nothing is written and nothing audited.
 */
public final class ItemDifference {

    private ItemDifference() {}

    public static List<ItemChange> of(ImportedItem stored, ImportedItem imported) {
        List<ItemChange> changes = new ArrayList<>();
        word(changes, Kind.CODE, stored.code(), imported.code());
        word(changes, Kind.CATEGORY, stored.category(), imported.category());
        word(changes, Kind.SMART_DIMENSION, stored.smartDimension(), imported.smartDimension());
        word(changes, Kind.LEVEL, stored.level(), imported.level());
        word(changes, Kind.NAME, stored.name(), imported.name());
        word(changes, Kind.UNIT, stored.unit(), imported.unit());
        word(changes, Kind.DIRECTION, stored.direction(), imported.direction());
        word(changes, Kind.RESPONSIBLE_AGENCY, stored.responsibleAgency(), imported.responsibleAgency());
        imported.values().forEach((column, value) -> {
            BigDecimal before = stored.values().get(column);
            if (before == null || before.compareTo(value) != 0) {
                changes.add(new ItemChange(column, number(before), number(value)));
            }
        });
        return changes;
    }

    /** Some word differs: the item's own row is rewritten (numbers are written one by one). */
    public static boolean wordsChange(List<ItemChange> changes) {
        return changes.stream().anyMatch(c -> !c.column().value());
    }

    private static void word(List<ItemChange> changes, Kind kind, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new ItemChange(ImportColumn.of(kind), text(before), text(after)));
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
