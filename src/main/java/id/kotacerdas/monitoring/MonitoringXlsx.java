package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Achievement;
import id.kotacerdas.monitoring.domain.CategorySummary;
import id.kotacerdas.monitoring.domain.Implementation;
import id.kotacerdas.monitoring.domain.MonitoredItem;
import id.kotacerdas.shared.io.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A masterplan's monitoring as a workbook: a summary sheet (counts and mean achievement per category, the
 * implementation rate per smart dimension), a sheet of every item planned for the year with its target,
 * realisation, achievement, status and number of evidence files, and the conclusions (in Bahasa Indonesia, as saved or else drafted, and
 * which of the two). Headers and labels are in the caller's language; numbers are numbers (percentages with two
 * decimals); every text is escaped so that no spreadsheet evaluates it.
 */
@Service
public class MonitoringXlsx {

    private static final String PERCENT = "0.00";

    private final MessageSource messages;

    MonitoringXlsx(MessageSource messages) {
        this.messages = messages;
    }

    public void write(MonitoringFile file, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kota Cerdas", "1.0");
        summary(workbook.newWorksheet(text(locale, "monitoring.file.sheet.summary")), file, locale);
        items(workbook.newWorksheet(text(locale, "monitoring.file.sheet.items")), file, locale);
        conclusions(workbook.newWorksheet(text(locale, "monitoring.file.sheet.conclusions")), file.report(), locale);
        workbook.finish();
    }

    private void summary(Worksheet sheet, MonitoringFile file, Locale locale) {
        MasterplanMonitoring.Report report = file.report();
        cell(sheet, 0, 0, text(locale, "monitoring.file.heading"));
        sheet.style(0, 0).bold().fontSize(14).set();
        cell(sheet, 1, 0, report.masterplan().title());
        cell(sheet, 2, 0, file.region().name());
        cell(sheet, 2, 1, file.region().code());
        cell(sheet, 3, 0, period(report, locale));
        header(
                sheet,
                5,
                List.of(
                        text(locale, "monitoring.file.col.category"),
                        text(locale, "monitoring.file.col.total"),
                        text(locale, "monitoring.file.col.met"),
                        text(locale, "monitoring.file.col.notMet"),
                        text(locale, "monitoring.file.col.unknown"),
                        text(locale, "monitoring.file.col.mean")));
        int r = 6;
        for (var e : report.summary().categories().entrySet()) {
            CategorySummary c = e.getValue();
            cell(sheet, r, 0, text(locale, "monitoring.category." + e.getKey().name()));
            sheet.value(r, 1, c.total());
            sheet.value(r, 2, c.met());
            sheet.value(r, 3, c.notMet());
            sheet.value(r, 4, c.unknown());
            percent(sheet, r++, 5, c.meanAchievementPercent());
        }
        r++;
        header(
                sheet,
                r++,
                List.of(
                        text(locale, "monitoring.file.col.dimension"),
                        text(locale, "monitoring.file.col.planned"),
                        text(locale, "monitoring.file.col.implemented"),
                        text(locale, "monitoring.file.col.rate")));
        for (var e : report.summary().smartDimensions().entrySet()) {
            Implementation i = e.getValue();
            cell(sheet, r, 0, text(locale, "monitoring.dimension." + e.getKey().name()));
            sheet.value(r, 1, i.planned());
            sheet.value(r, 2, i.implemented());
            percent(sheet, r++, 3, i.implementationRate());
        }
        sheet.width(0, 40);
    }

    private void items(Worksheet sheet, MonitoringFile file, Locale locale) {
        MasterplanMonitoring.Report report = file.report();
        header(
                sheet,
                0,
                List.of(
                        text(locale, "monitoring.file.col.category"),
                        text(locale, "monitoring.file.col.dimension"),
                        text(locale, "monitoring.file.col.level"),
                        text(locale, "monitoring.file.col.name"),
                        text(locale, "monitoring.file.col.unit"),
                        text(locale, "monitoring.file.col.direction"),
                        text(locale, "monitoring.file.col.target", report.year()),
                        text(locale, "monitoring.file.col.realisation"),
                        text(locale, "monitoring.file.col.achievement"),
                        text(locale, "monitoring.file.col.status"),
                        text(locale, "monitoring.file.col.agency"),
                        text(locale, "monitoring.file.col.evidence")));
        int r = 1;
        for (MasterplanItemView view : report.items()) {
            MonitoredItem item = view.item();
            if (!item.targets().containsKey(report.year())) {
                continue; // not planned for the year: not in its monitoring
            }
            Achievement achievement = view.achievement();
            int c = 0;
            cell(sheet, r, c++, label(locale, "monitoring.category.", item.category()));
            cell(sheet, r, c++, label(locale, "monitoring.dimension.", item.smartDimension()));
            cell(sheet, r, c++, label(locale, "monitoring.level.", item.level()));
            cell(sheet, r, c++, view.name());
            cell(sheet, r, c++, view.unit());
            cell(sheet, r, c++, label(locale, "monitoring.direction.", item.direction()));
            number(sheet, r, c++, item.targets().get(report.year()));
            number(
                    sheet,
                    r,
                    c++,
                    item.realised(report.year(), report.semester()).orElse(null));
            percent(sheet, r, c++, achievement.percent());
            cell(sheet, r, c++, label(locale, "monitoring.status.", achievement.status()));
            cell(sheet, r, c++, view.responsibleAgency());
            sheet.value(r, c, file.evidenceOf(view.id()));
            r++;
        }
        sheet.width(3, 60);
        sheet.freezePane(0, 1);
    }

    private void conclusions(Worksheet sheet, MasterplanMonitoring.Report report, Locale locale) {
        header(sheet, 0, List.of(text(locale, "monitoring.file.conclusions")));
        int r = 1;
        for (String sentence : report.conclusions()) {
            cell(sheet, r++, 0, sentence);
        }
        MonitoringPrint.Saved saved = MonitoringPrint.Saved.of(report.saved());
        cell(
                sheet,
                r + 1,
                0,
                saved == null
                        ? text(locale, "monitoring.file.draft")
                        : text(locale, "monitoring.file.saved", saved.version(), saved.by(), saved.on()));
        sheet.width(0, 120);
    }

    private String period(MasterplanMonitoring.Report report, Locale locale) {
        return report.semester() == null
                ? text(locale, "monitoring.file.period.year", report.year())
                : text(locale, "monitoring.file.period.semester", report.year(), report.semester());
    }

    /** The label of a value ({@code prefix} + its name), or nothing for none. */
    private String label(Locale locale, String prefix, Enum<?> value) {
        return value == null ? null : text(locale, prefix + value.name());
    }

    private static void header(Worksheet sheet, int row, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            cell(sheet, row, c, names.get(c));
            sheet.style(row, c).bold().set();
        }
    }

    /** A text cell, escaped so that no spreadsheet evaluates it; an empty cell for none. */
    private static void cell(Worksheet sheet, int r, int c, String text) {
        if (text != null) {
            sheet.value(r, c, SpreadsheetText.safe(text));
        }
    }

    private static void number(Worksheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            sheet.value(r, c, value.stripTrailingZeros());
        }
    }

    private static void percent(Worksheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            sheet.value(r, c, value);
            sheet.style(r, c).format(PERCENT).set();
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
