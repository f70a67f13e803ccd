package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.MasterplanRepository.Detail;
import id.kotacerdas.monitoring.domain.ImportColumn;
import id.kotacerdas.monitoring.domain.ImportRefusal;
import id.kotacerdas.monitoring.domain.ImportSheet;
import id.kotacerdas.monitoring.domain.ImportedItem;
import id.kotacerdas.monitoring.domain.ItemChange;
import id.kotacerdas.monitoring.domain.ItemDifference;
import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.security.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a masterplan's items, targets and realisations from a workbook laid out as its template (docs/api.md,
 * section 14a; the rules in docs/method.md, section 8.1). Every row is checked first; with a refusal nothing is
 * imported unless only the valid rows are asked for. Rows are matched to items by code: a new code adds an item, a
 * known one updates it, and a row equal to what is stored changes nothing, so importing the same file again writes
 * and audits nothing. A realisation of a period whose monitoring report is saved is refused without a reason. A
 * change makes every instance forget what it computed from the masterplan ({@link MasterplanChanged}).
 */
@Service
public class ImportMasterplanItems {

    private record Planned(ImportedItem row, Detail stored, List<ItemChange> changes) {}

    private final Masterplans masterplans;
    private final MasterplanRepository items;
    private final MasterplanImportRepository repository;
    private final MonitoringReportRepository reports;
    private final ImportedItemWriter writer;
    private final ApplicationEventPublisher events;

    ImportMasterplanItems(
            Masterplans masterplans,
            MasterplanRepository items,
            MasterplanImportRepository repository,
            MonitoringReportRepository reports,
            ImportedItemWriter writer,
            ApplicationEventPublisher events) {
        this.masterplans = masterplans;
        this.items = items;
        this.repository = repository;
        this.reports = reports;
        this.writer = writer;
        this.events = events;
    }

    /** @param reason why figures of a period whose report is saved are corrected; null when none are */
    @Transactional
    public MasterplanImportResult importWorkbook(
            long plan, byte[] content, boolean validRowsOnly, String reason, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        String why = MasterplanRules.optional(reason, "reason", 1000);
        ImportSheet sheet =
                ImportSheet.check(UploadedWorkbook.rows(content), masterplan.startYear(), masterplan.endYear());
        repository.lock(plan);
        StoredItems stored = new StoredItems(items.details(plan));
        List<ImportRefusal> refusals = new ArrayList<>(sheet.refusals());
        List<Planned> planned = new ArrayList<>();
        for (ImportedItem row : sheet.items()) {
            Detail match = stored.match(row).orElse(null);
            List<ItemChange> changes = match == null ? null : ItemDifference.of(StoredItems.asRow(match), row);
            List<ImportRefusal> frozen = why == null ? frozen(plan, row, changes) : List.of();
            refusals.addAll(frozen);
            if (frozen.isEmpty()) {
                planned.add(new Planned(row, match, changes));
            }
        }
        refusals.sort(Comparator.comparingInt(ImportRefusal::row));
        if (!refusals.isEmpty() && !validRowsOnly) {
            return new MasterplanImportResult(0, 0, refusals);
        }
        int unchanged = 0;
        for (Planned p : planned) {
            if (p.stored() == null) {
                writer.create(masterplan, p.row(), why, actor);
            } else if (p.changes().isEmpty()) {
                unchanged++;
            } else {
                writer.update(masterplan, p.stored().id(), p.row(), p.changes(), why, actor);
            }
        }
        int imported = planned.size() - unchanged;
        if (imported > 0) {
            events.publishEvent(new MasterplanChanged(plan, masterplan.startYear(), masterplan.endYear()));
        }
        return new MasterplanImportResult(imported, unchanged, refusals);
    }

    /**
     * The realisations the row would write into a period whose monitoring report is saved, and the targets it would
     * change there (a target is frozen by its year's report, as when an item is changed on the page or the API).
     */
    private List<ImportRefusal> frozen(long plan, ImportedItem row, List<ItemChange> changes) {
        Stream<ImportColumn> written = changes == null
                ? row.values().keySet().stream()
                : changes.stream().map(ItemChange::column);
        // a new item's targets are planned, not changed: as through the API, only its realisations are frozen
        boolean targetsToo = changes != null;
        return written.filter(c -> c.kind() == ImportColumn.Kind.REALISATION
                        || (targetsToo && c.kind() == ImportColumn.Kind.TARGET))
                .filter(c -> reports.frozen(plan, c.year(), c.semesterOrNull()))
                .map(c -> new ImportRefusal(
                        row.row(),
                        c.label(),
                        "masterplan.import.periodReported",
                        List.of(c.year()),
                        "The period's report is saved: a correction needs a reason"))
                .toList();
    }
}
