package id.kotacerdas.report;

import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.scoring.NationalTable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A period's national table as a reader may have it: the table, the period's instrument (dimensions, weights,
 * questions), each region's question scores by number (empty for a region whose scores were imported), and
 * whether it is an administrator's preview before publication ({@code draft}).
 */
record PublishedTable(
        NationalTable table,
        InstrumentView instrument,
        Map<String, Map<Integer, BigDecimal>> questionScores,
        boolean draft) {}
