package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Achievement;
import id.kotacerdas.monitoring.domain.MonitoredItem;

/**
 * A masterplan item as pages and files show it: its id and name, unit and responsible agency, what the
 * computation reads ({@link MonitoredItem}: category, smart dimension, level, direction, targets,
 * realisations), and its achievement in the period asked for.
 */
public record MasterplanItemView(
        long id, String name, String unit, String responsibleAgency, MonitoredItem item, Achievement achievement) {}
