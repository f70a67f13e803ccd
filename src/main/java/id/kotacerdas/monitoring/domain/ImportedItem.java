package id.kotacerdas.monitoring.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row of the workbook as checked: the item's code and words, and its non-empty targets and realisations by
 * column (a stored item read the same way holds all of its own).
 */
public record ImportedItem(
        int row,
        String code,
        Category category,
        SmartDimension smartDimension,
        RoadmapLevel level,
        String name,
        String unit,
        Direction direction,
        String responsibleAgency,
        Map<ImportColumn, BigDecimal> values) {

    public ImportedItem {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The targets by year. */
    public Map<Integer, BigDecimal> targets() {
        Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            if (column.kind() == ImportColumn.Kind.TARGET) {
                targets.put(column.year(), value);
            }
        });
        return targets;
    }
}
