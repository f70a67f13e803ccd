package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.Direction;
import id.kotacerdas.monitoring.domain.RoadmapLevel;
import id.kotacerdas.monitoring.domain.SmartDimension;
import java.math.BigDecimal;
import java.util.Map;

/** A masterplan item as checked: what it monitors, in which unit and direction, its targets by year. */
public record NewItem(
        Category category,
        SmartDimension smartDimension,
        RoadmapLevel level,
        String name,
        String unit,
        Direction direction,
        Map<Integer, BigDecimal> targets,
        String responsibleAgency) {}
