package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.SelectionWeights;
import java.time.OffsetDateTime;

/** A selection's row, as the use cases read it. */
record StoredSelection(
        long id,
        int year,
        String name,
        int quota,
        SelectionWeights weights,
        int candidates,
        String loadedFile,
        String loadedBy,
        OffsetDateTime loadedAt,
        String confirmedBy,
        OffsetDateTime confirmedAt,
        String createdBy,
        OffsetDateTime createdAt) {

    boolean confirmed() {
        return confirmedAt != null;
    }

    SelectionView view() {
        return new SelectionView(
                id,
                year,
                name,
                quota,
                weights.byName(),
                candidates,
                loadedFile,
                loadedBy,
                loadedAt,
                confirmed(),
                confirmedBy,
                confirmedAt,
                createdBy,
                createdAt);
    }
}
