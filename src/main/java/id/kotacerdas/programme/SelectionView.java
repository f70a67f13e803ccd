package id.kotacerdas.programme;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A candidate selection as the API and the pages show it.
 *
 * @param weights the weight of each parameter, {@code {"IKBT":0.25, ...}}
 * @param candidates how many candidates its latest load holds (0 before a load)
 * @param confirmed whether the administrator confirmed its cohort: then it no longer changes
 */
public record SelectionView(
        long id,
        int year,
        String name,
        int quota,
        Map<String, BigDecimal> weights,
        int candidates,
        String loadedFile,
        String loadedBy,
        OffsetDateTime loadedAt,
        boolean confirmed,
        String confirmedBy,
        OffsetDateTime confirmedAt,
        String createdBy,
        OffsetDateTime createdAt) {}
