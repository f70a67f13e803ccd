package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Achievement;
import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.CategorySummary;
import id.kotacerdas.monitoring.domain.Implementation;
import id.kotacerdas.monitoring.domain.InstitutionStage;
import id.kotacerdas.monitoring.domain.MonitoredItem;
import id.kotacerdas.monitoring.domain.SmartDimension;
import id.kotacerdas.shared.chart.BarChart;
import id.kotacerdas.shared.chart.ChartSeries;
import id.kotacerdas.shared.format.IndonesianFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A masterplan's monitoring as its PDF prints it: the cover, per category the counts and mean achievement, per
 * smart dimension the implementation rate (a bar chart and a table), per category a table of its items planned
 * for the year, and the conclusions (as saved, with the version; else as drafted). Numbers are written the
 * Indonesian way (85,71; "-" when unknown); categories, smart dimensions, directions and statuses are given by
 * name for the template to word them.
 */
public record MonitoringPrint(
        Cover cover,
        List<SummaryRow> summary,
        List<DimensionRow> dimensions,
        BarChart chart,
        List<ItemTable> tables,
        List<String> conclusions,
        Saved saved) {

    static final String BAR_COLOUR = "#485fc7";
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    public record Cover(
            String region,
            String code,
            String title,
            int startYear,
            int endYear,
            String legalBasis,
            int year,
            Integer semester) {}

    public record SummaryRow(String category, int total, int met, int notMet, int unknown, String meanAchievement) {}

    public record DimensionRow(String dimension, int planned, int implemented, String rate) {}

    public record ItemTable(String category, List<ItemRow> rows) {}

    /** The saved report the conclusions are from: its version, who saved it and on which day (WIB, 2 Juni 2022). */
    public record Saved(int version, String by, String on) {

        /** Null for none: the conclusions are a draft. */
        static Saved of(SavedReport saved) {
            return saved == null
                    ? null
                    : new Saved(
                            saved.version(),
                            saved.savedBy(),
                            IndonesianFormat.date(LocalDate.ofInstant(saved.savedAt(), JAKARTA)));
        }
    }

    public record ItemRow(
            String name,
            String unit,
            String direction,
            String target,
            String realisation,
            String achievement,
            String status) {}

    /**
     * @param text a message in Bahasa Indonesia by key, for the chart's words (the template words the rest)
     */
    static MonitoringPrint of(MonitoringFile file, Function<String, String> text) {
        MasterplanMonitoring.Report report = file.report();
        MasterplanView plan = report.masterplan();
        Cover cover = new Cover(
                file.region().name(),
                file.region().code(),
                plan.title(),
                plan.startYear(),
                plan.endYear(),
                plan.legalBasis(),
                report.year(),
                report.semester());
        List<SummaryRow> summary = new ArrayList<>();
        report.summary().categories().forEach((category, c) -> summary.add(row(category.name(), c)));
        Map<SmartDimension, Implementation> implementations = report.summary().smartDimensions();
        List<DimensionRow> dimensions = new ArrayList<>();
        implementations.forEach((dimension, i) -> dimensions.add(new DimensionRow(
                dimension.name(), i.planned(), i.implemented(), IndonesianFormat.number(i.implementationRate()))));
        return new MonitoringPrint(
                cover,
                summary,
                dimensions,
                implementations.isEmpty() ? null : chart(implementations, text),
                tables(report, text),
                report.conclusions(),
                Saved.of(report.saved()));
    }

    private static SummaryRow row(String category, CategorySummary c) {
        return new SummaryRow(
                category,
                c.total(),
                c.met(),
                c.notMet(),
                c.unknown(),
                IndonesianFormat.number(c.meanAchievementPercent()));
    }

    private static BarChart chart(Map<SmartDimension, Implementation> implementations, Function<String, String> text) {
        List<String> names = implementations.keySet().stream()
                .map(d -> text.apply("monitoring.file.dimension.short." + d.name()))
                .toList();
        List<BigDecimal> rates = implementations.values().stream()
                .map(Implementation::implementationRate)
                .toList();
        return BarChart.of(
                names,
                List.of(new ChartSeries(text.apply("monitoring.file.series.rate"), BAR_COLOUR, rates)),
                BarChart.Scale.PERCENT);
    }

    /**
     * The items planned for the year (with a target for it: those the monitoring counts) by category, in the
     * categories' order and, within one, in the order they were added.
     */
    private static List<ItemTable> tables(MasterplanMonitoring.Report report, Function<String, String> text) {
        List<ItemTable> tables = new ArrayList<>();
        for (var category : report.summary().categories().keySet()) {
            List<ItemRow> rows = report.items().stream()
                    .filter(i -> i.item().category() == category
                            && i.item().targets().containsKey(report.year()))
                    .map(i -> item(i, report.year(), report.semester(), text))
                    .toList();
            tables.add(new ItemTable(category.name(), rows));
        }
        return tables;
    }

    /** An institution's target and realisation are worded as stages (terbentuk, aktif); other items' as numbers. */
    private static ItemRow item(MasterplanItemView view, int year, Integer semester, Function<String, String> text) {
        MonitoredItem item = view.item();
        Achievement achievement = view.achievement();
        BigDecimal target = item.targets().get(year);
        BigDecimal realised = item.realised(year, semester).orElse(null);
        Function<BigDecimal, String> written = item.category() == Category.INSTITUTION
                ? v -> InstitutionStage.of(v)
                        .map(stage -> text.apply("monitoring.stage." + stage.name()))
                        .orElse("-")
                : IndonesianFormat::plain;
        return new ItemRow(
                view.name(),
                view.unit() == null ? "-" : view.unit(),
                item.direction().name(),
                written.apply(target),
                written.apply(realised),
                IndonesianFormat.number(achievement.percent()),
                achievement.status().name());
    }
}
