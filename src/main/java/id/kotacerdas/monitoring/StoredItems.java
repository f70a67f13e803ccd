package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.MasterplanRepository.Detail;
import id.kotacerdas.monitoring.domain.ImportColumn;
import id.kotacerdas.monitoring.domain.ImportedItem;
import id.kotacerdas.monitoring.domain.Realisation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A masterplan's items as an import matches its rows: by code; a code the masterplan does not hold yet goes to the
 * one item without a code that has the row's category and name (an item added before it had a code, now given
 * one), else it is a new item.
 */
final class StoredItems {

    private final Map<String, Detail> byCode = new HashMap<>();
    private final List<Detail> withoutCode;
    private final Set<Long> adopted = new HashSet<>();

    StoredItems(List<Detail> details) {
        details.stream().filter(d -> d.code() != null).forEach(d -> byCode.put(d.code(), d));
        withoutCode = details.stream().filter(d -> d.code() == null).toList();
    }

    Optional<Detail> match(ImportedItem row) {
        Detail coded = byCode.get(row.code());
        if (coded != null) {
            return Optional.of(coded);
        }
        List<Detail> same = withoutCode.stream()
                .filter(d -> !adopted.contains(d.id()))
                .filter(d -> d.item().category() == row.category() && d.name().equals(row.name()))
                .toList();
        if (same.size() != 1) {
            return Optional.empty();
        }
        adopted.add(same.get(0).id());
        return Optional.of(same.get(0));
    }

    /** The stored item read as a row of the workbook, with all of its targets and realisations. */
    static ImportedItem asRow(Detail detail) {
        Map<ImportColumn, BigDecimal> values = new LinkedHashMap<>();
        detail.item().targets().forEach((year, value) -> values.put(ImportColumn.target(year), value));
        for (Realisation r : detail.item().realisations()) {
            values.put(ImportColumn.realisation(r.year(), r.ofYear() ? 0 : r.semester()), r.value());
        }
        return new ImportedItem(
                0,
                detail.code(),
                detail.item().category(),
                detail.item().smartDimension(),
                detail.item().level(),
                detail.name(),
                detail.unit(),
                detail.item().direction(),
                detail.responsibleAgency(),
                values);
    }
}
