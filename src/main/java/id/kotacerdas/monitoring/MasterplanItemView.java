package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Achievement;
import id.kotacerdas.monitoring.domain.Iso37122Catalogue;
import id.kotacerdas.monitoring.domain.MonitoredItem;

/**
 * A masterplan item as pages and files show it: its id, code (null when it has none) and name, unit and
 * responsible agency, what the computation reads ({@link MonitoredItem}: category, smart dimension, level,
 * direction, targets, realisations), its achievement in the period asked for, and why a stopped quick win was
 * stopped (null otherwise).
 */
public record MasterplanItemView(
        long id,
        String code,
        String name,
        String unit,
        String responsibleAgency,
        MonitoredItem item,
        Achievement achievement,
        String stopReason) {

    /** An ISO 37122 item whose code is not one of the catalogue's: the region's own indicator. */
    public boolean ownIndicator() {
        return Iso37122Catalogue.ownIndicator(item.category(), code);
    }
}
