package id.kotacerdas.monitoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.domain.ImportColumn;
import id.kotacerdas.monitoring.domain.ImportedItem;
import id.kotacerdas.monitoring.domain.ItemChange;
import id.kotacerdas.monitoring.domain.ItemDifference;
import id.kotacerdas.security.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes one imported row: a new item with its targets and realisations, or the changes to a stored one. Each
 * write is audited once per item ({@code MASTERPLAN_ITEM_IMPORTED}, {@code MASTERPLAN_ITEM_UPDATED} with the
 * values before and after); an unchanged row is never written, so never audited.
 */
@Component
class ImportedItemWriter {

    private final MasterplanRepository items;
    private final MasterplanItemRepository words;
    private final MasterplanImportRepository repository;
    private final AuditTrail audit;

    ImportedItemWriter(
            MasterplanRepository items,
            MasterplanItemRepository words,
            MasterplanImportRepository repository,
            AuditTrail audit) {
        this.items = items;
        this.words = words;
        this.repository = repository;
        this.audit = audit;
    }

    /** The row as an item: its words and its targets. */
    private static NewItem item(ImportedItem row) {
        return new NewItem(
                row.code(),
                row.category(),
                row.smartDimension(),
                row.level(),
                row.name(),
                row.unit(),
                row.direction(),
                row.targets(),
                row.responsibleAgency());
    }

    void create(MasterplanView plan, ImportedItem row, String reason, Actor actor) {
        long id = items.insertItem(plan.id(), item(row), actor.username());
        row.values().forEach((column, value) -> {
            if (column.kind() == ImportColumn.Kind.REALISATION) {
                repository.saveRealisation(id, column.year(), column.semester(), value, actor.username());
            }
        });
        String values = row.values().entrySet().stream()
                .map(e -> e.getKey().label() + ": "
                        + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("; "));
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_ITEM_IMPORTED")
                .inRegion(plan.regionCode())
                .about(subject(plan, id, row))
                .to(row.category() + ": " + row.name() + (values.isEmpty() ? "" : "; " + values) + why(reason)));
    }

    void update(MasterplanView plan, long id, ImportedItem row, List<ItemChange> changes, String reason, Actor actor) {
        if (ItemDifference.wordsChange(changes)) {
            words.updateWords(id, item(row));
        }
        for (ItemChange change : changes) {
            ImportColumn column = change.column();
            BigDecimal value = row.values().get(column);
            if (column.kind() == ImportColumn.Kind.TARGET) {
                repository.saveTarget(id, column.year(), value);
            } else if (column.kind() == ImportColumn.Kind.REALISATION) {
                repository.saveRealisation(id, column.year(), column.semester(), value, actor.username());
            }
        }
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_ITEM_UPDATED")
                .inRegion(plan.regionCode())
                .about(subject(plan, id, row))
                .from(changes.stream()
                        .map(c -> c.column().label() + ": " + c.before())
                        .collect(Collectors.joining("; ")))
                .to(changes.stream()
                                .map(c -> c.column().label() + ": " + c.after())
                                .collect(Collectors.joining("; "))
                        + why(reason)));
    }

    private static String subject(MasterplanView plan, long id, ImportedItem row) {
        return "masterplan " + plan.id() + " item " + id + " (" + row.code() + "), imported";
    }

    private static String why(String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }
}
