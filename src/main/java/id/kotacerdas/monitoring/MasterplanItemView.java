package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Achievement;
import id.kotacerdas.monitoring.domain.Iso37122Catalogue;
import id.kotacerdas.monitoring.domain.MonitoredItem;

/**
 * A masterplan item as pages and files show it: its id, code (null when it has none) and name, unit and
 * responsible agency, what the computation reads ({@link MonitoredItem}: category, smart dimension, level,
 * direction, targets, realisations), and its achievement in the period asked for.
 */
public record MasterplanItemView(
        long id,
        String code,
        String name,
        String unit,
        String responsibleAgency,
        MonitoredItem item,
        Achievement achievement) {

    /** An ISO 37122 item whose code is not one of the catalogue's: the region's own indicator. */
    public boolean ownIndicator() {
        return Iso37122Catalogue.ownIndicator(item.category(), code);
    }
}
