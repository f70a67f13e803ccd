package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.MasterplanRepository.Detail;
import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.Direction;
import id.kotacerdas.monitoring.domain.ImportColumn;
import id.kotacerdas.monitoring.domain.ImportedItem;
import id.kotacerdas.monitoring.domain.Iso37122Catalogue;
import id.kotacerdas.monitoring.domain.Iso37122Indicator;
import id.kotacerdas.monitoring.domain.RoadmapLevel;
import id.kotacerdas.monitoring.domain.SmartDimension;
import id.kotacerdas.shared.io.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The masterplan's workbook to fill in and import: a sheet of its items (the header the import reads, then one row
 * per item as stored, codes kept as text) and a sheet of the values each column allows, ISO 37122 codes included.
 */
final class MasterplanTemplateXlsx {

    /** Rows below the items formatted as text in the code column, so that 7.10 stays 7.10 when typed. */
    private static final int TEXT_ROWS = 500;

    private MasterplanTemplateXlsx() {}

    /** The columns in the template's order: the item's words, a target per year, then each year's realisations. */
    static List<ImportColumn> columns(MasterplanView plan) {
        List<ImportColumn> columns = new ArrayList<>();
        for (ImportColumn.Kind kind : ImportColumn.Kind.values()) {
            if (kind != ImportColumn.Kind.TARGET && kind != ImportColumn.Kind.REALISATION) {
                columns.add(ImportColumn.of(kind));
            }
        }
        for (int year = plan.startYear(); year <= plan.endYear(); year++) {
            columns.add(ImportColumn.target(year));
        }
        for (int year = plan.startYear(); year <= plan.endYear(); year++) {
            for (int semester = 0; semester <= 2; semester++) {
                columns.add(ImportColumn.realisation(year, semester));
            }
        }
        return columns;
    }

    static void write(MasterplanView plan, List<Detail> items, Function<String, String> text, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Kota Cerdas", "1.0");
        items(workbook.newWorksheet(text.apply("masterplan.template.sheet.items")), plan, items);
        allowed(workbook.newWorksheet(text.apply("masterplan.template.sheet.values")), text);
        workbook.finish();
    }

    private static void items(Worksheet sheet, MasterplanView plan, List<Detail> items) {
        List<ImportColumn> columns = columns(plan);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).label());
            sheet.style(0, c).bold().set();
        }
        sheet.range(1, 0, Math.max(items.size(), TEXT_ROWS), 0)
                .style()
                .format("@")
                .set();
        int r = 1;
        for (Detail detail : items) {
            ImportedItem item = StoredItems.asRow(detail);
            for (int c = 0; c < columns.size(); c++) {
                ImportColumn column = columns.get(c);
                if (column.value()) {
                    BigDecimal value = item.values().get(column);
                    if (value != null) {
                        sheet.value(
                                r, c, new BigDecimal(value.stripTrailingZeros().toPlainString()));
                    }
                } else {
                    String word = word(item, column.kind());
                    if (word != null) {
                        sheet.value(r, c, SpreadsheetText.safe(word));
                    }
                }
            }
            r++;
        }
        sheet.width(4, 50);
        sheet.freezePane(1, 1);
    }

    private static String word(ImportedItem item, ImportColumn.Kind kind) {
        Object value = switch (kind) {
            case CODE -> item.code();
            case CATEGORY -> item.category();
            case SMART_DIMENSION -> item.smartDimension();
            case LEVEL -> item.level();
            case NAME -> item.name();
            case UNIT -> item.unit();
            case DIRECTION -> item.direction();
            case RESPONSIBLE_AGENCY -> item.responsibleAgency();
            default -> null;
        };
        return value == null ? null : value.toString();
    }

    private static void allowed(Worksheet sheet, Function<String, String> text) {
        sheet.value(0, 0, text.apply("masterplan.template.help"));
        List<String> header = List.of(
                text.apply("masterplan.template.column"),
                text.apply("masterplan.template.value"),
                text.apply("masterplan.template.meaning"));
        for (int c = 0; c < header.size(); c++) {
            sheet.value(2, c, header.get(c));
            sheet.style(2, c).bold().set();
        }
        int r = 3;
        for (Category value : Category.values()) {
            row(sheet, r++, ImportColumn.Kind.CATEGORY, value.name(), text.apply("monitoring.noun." + value.name()));
        }
        for (SmartDimension value : SmartDimension.values()) {
            row(
                    sheet,
                    r++,
                    ImportColumn.Kind.SMART_DIMENSION,
                    value.name(),
                    text.apply("monitoring.dimension." + value));
        }
        for (RoadmapLevel value : RoadmapLevel.values()) {
            row(sheet, r++, ImportColumn.Kind.LEVEL, value.name(), text.apply("masterplan.import.level." + value));
        }
        for (Direction value : Direction.values()) {
            row(
                    sheet,
                    r++,
                    ImportColumn.Kind.DIRECTION,
                    value.name(),
                    text.apply("masterplan.import.direction." + value));
        }
        for (Iso37122Indicator indicator : Iso37122Catalogue.indicators()) {
            row(sheet, r++, ImportColumn.Kind.CODE, indicator.code(), indicator.theme() + ": " + indicator.title());
        }
        sheet.width(2, 90);
    }

    private static void row(Worksheet sheet, int r, ImportColumn.Kind kind, String value, String meaning) {
        sheet.value(r, 0, ImportColumn.of(kind).label());
        sheet.value(r, 1, value);
        sheet.value(r, 2, SpreadsheetText.safe(meaning));
    }
}
