package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.Direction;
import id.kotacerdas.monitoring.domain.RoadmapLevel;
import id.kotacerdas.monitoring.domain.SmartDimension;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A masterplan item as checked: its code (optional; unique in the masterplan; an ISO 37122 item's is the
 * indicator's), what it monitors, in which unit and direction, its targets by year.
 */
public record NewItem(
        String code,
        Category category,
        SmartDimension smartDimension,
        RoadmapLevel level,
        String name,
        String unit,
        Direction direction,
        Map<Integer, BigDecimal> targets,
        String responsibleAgency) {

    /** An item without a code. */
    public NewItem(
            Category category,
            SmartDimension smartDimension,
            RoadmapLevel level,
            String name,
            String unit,
            Direction direction,
            Map<Integer, BigDecimal> targets,
            String responsibleAgency) {
        this(null, category, smartDimension, level, name, unit, direction, targets, responsibleAgency);
    }
}
