package id.kotacerdas.monitoring.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The workbook's first sheet as checked: the items of its valid rows and every refusal, row by row. Blank rows are
 * skipped. Rows sharing a code are all refused: which one was meant cannot be told.
 */
public record ImportSheet(List<ImportedItem> items, List<ImportRefusal> refusals) {

    public ImportSheet {
        items = List.copyOf(items);
        refusals = List.copyOf(refusals);
    }

    /** @throws id.kotacerdas.shared.domain.InvalidInput when the sheet has no rows or its header is refused */
    public static ImportSheet check(List<SheetRow> rows, int start, int end) {
        List<SheetRow> filled = rows.stream().filter(r -> !r.blank()).toList();
        if (filled.isEmpty()) {
            throw ImportHeader.refusal("masterplan.import.empty", "The sheet is empty");
        }
        ImportHeader header = ImportHeader.of(filled.get(0));
        List<SheetRow> data = filled.subList(1, filled.size());
        Map<String, List<Integer>> rowsOfCode = new LinkedHashMap<>();
        for (SheetRow row : data) {
            String code = header.cell(row, ImportColumn.of(ImportColumn.Kind.CODE));
            if (!code.isEmpty()) {
                rowsOfCode.computeIfAbsent(code, c -> new ArrayList<>()).add(row.row());
            }
        }
        ImportRowCheck check = new ImportRowCheck(header, start, end);
        List<ImportedItem> items = new ArrayList<>();
        List<ImportRefusal> refusals = new ArrayList<>();
        for (SheetRow row : data) {
            List<ImportRefusal> found = new ArrayList<>();
            check.check(row, found).ifPresent(items::add);
            String code = header.cell(row, ImportColumn.of(ImportColumn.Kind.CODE));
            List<Integer> same = rowsOfCode.getOrDefault(code, List.of());
            if (same.size() > 1) {
                String others = same.stream()
                        .filter(r -> r != row.row())
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "));
                found.add(
                        0,
                        ImportRefusal.of(
                                row.row(),
                                ImportColumn.of(ImportColumn.Kind.CODE),
                                "masterplan.import.duplicateCode",
                                "The code " + code + " is also on row(s) " + others,
                                code,
                                others));
                items.removeIf(item -> item.row() == row.row());
            }
            refusals.addAll(found);
        }
        return new ImportSheet(items, refusals);
    }
}
