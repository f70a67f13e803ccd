package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.MasterplanItemView;
import id.kotacerdas.monitoring.MasterplanMonitoring.Report;
import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.CategorySummary;
import id.kotacerdas.monitoring.domain.Continuity;
import id.kotacerdas.monitoring.domain.Direction;
import id.kotacerdas.monitoring.domain.Implementation;
import id.kotacerdas.monitoring.domain.InstitutionStage;
import id.kotacerdas.monitoring.domain.MonitoredItem;
import id.kotacerdas.monitoring.domain.MonitoringSummary;
import id.kotacerdas.monitoring.domain.RoadmapLevel;
import id.kotacerdas.monitoring.domain.SmartDimension;
import id.kotacerdas.region.RegionView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/** What the monitoring page shows: the items by category, the summary, the charts' data and the conclusions. */
final class MonitoringPage {

    /** An item's row for the period: target, the figure read, achievement and status. */
    record ItemRow(
            long id,
            String code,
            String name,
            String unit,
            String direction,
            String agency,
            BigDecimal target,
            BigDecimal realised,
            BigDecimal achievement,
            String status,
            MasterplanItemView view,
            String targetStage,
            String stage,
            String continuity) {

        static ItemRow of(MasterplanItemView v, int year, Integer semester) {
            MonitoredItem item = v.item();
            Continuity continuity = item.continuity(year, semester);
            return new ItemRow(
                    v.id(),
                    v.code(),
                    v.name(),
                    v.unit(),
                    v.item().direction().name(),
                    v.responsibleAgency(),
                    v.item().targets().get(year),
                    v.item().realised(year, semester).orElse(null),
                    v.achievement().percent(),
                    v.achievement().status().name(),
                    v,
                    item.category() == Category.INSTITUTION
                            ? InstitutionStage.of(item.targets().get(year))
                                    .map(Enum::name)
                                    .orElse(null)
                            : null,
                    item.stage(year, semester).map(Enum::name).orElse(null),
                    continuity == null ? null : continuity.name());
        }

        public boolean institution() {
            return view.item().category() == Category.INSTITUTION;
        }

        public boolean quickWin() {
            return view.item().category() == Category.QUICK_WIN;
        }
    }

    /** A quick win's continuity in each of the masterplan's years, for the continuity table. */
    record ContinuityRow(String name, Integer stoppedYear, String stopReason, List<String> years) {}

    private MonitoringPage() {}

    static void fill(Model model, Report report, RegionView region, Function<String, String> text) {
        model.addAttribute("plan", report.masterplan());
        model.addAttribute("region", region);
        model.addAttribute("year", report.year());
        model.addAttribute("semester", report.semester());
        model.addAttribute(
                "years",
                IntStream.rangeClosed(
                                report.masterplan().startYear(),
                                report.masterplan().endYear())
                        .boxed()
                        .toList());
        Map<Category, List<ItemRow>> byCategory = new EnumMap<>(Category.class);
        for (MasterplanItemView item : report.items()) {
            if (item.item().targets().containsKey(report.year())) {
                byCategory
                        .computeIfAbsent(item.item().category(), c -> new ArrayList<>())
                        .add(ItemRow.of(item, report.year(), report.semester()));
            }
        }
        model.addAttribute("itemsByCategory", byCategory);
        model.addAttribute("continuity", continuity(report));
        model.addAttribute("stages", InstitutionStage.values());
        model.addAttribute("summary", report.summary());
        model.addAttribute("saved", report.saved());
        if (!model.containsAttribute("conclusionsText")) {
            model.addAttribute("conclusionsText", String.join("\n\n", report.conclusions()));
        }
        model.addAttribute("categories", Category.values());
        model.addAttribute("smartDimensions", SmartDimension.values());
        model.addAttribute("levels", RoadmapLevel.values());
        model.addAttribute("directions", Direction.values());
        charts(model, report, text);
    }

    private static List<ContinuityRow> continuity(Report report) {
        return report.items().stream()
                .filter(i -> i.item().category() == Category.QUICK_WIN)
                .map(i -> new ContinuityRow(
                        i.name(),
                        i.item().stoppedYear(),
                        i.stopReason(),
                        IntStream.rangeClosed(
                                        report.masterplan().startYear(),
                                        report.masterplan().endYear())
                                .mapToObj(y -> i.item().continuity(y, null).name())
                                .toList()))
                .toList();
    }

    /**
     * This year against the last: per category of either year, the share of its planned items met (%), for the
     * comparison chart.
     */
    static void compare(Model model, MonitoringSummary now, MonitoringSummary before, Function<String, String> text) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        categories.addAll(now.categories().keySet());
        categories.addAll(before.categories().keySet());
        JsonMapper json = JsonMapper.shared();
        model.addAttribute(
                "compareLabels",
                json.writeValueAsString(categories.stream()
                        .map(c -> text.apply("monitoring.category." + c.name()))
                        .toList()));
        model.addAttribute("compareNow", json.writeValueAsString(shares(now, categories)));
        model.addAttribute("compareBefore", json.writeValueAsString(shares(before, categories)));
    }

    private static List<BigDecimal> shares(MonitoringSummary summary, Set<Category> categories) {
        List<BigDecimal> shares = new ArrayList<>();
        for (Category c : categories) {
            CategorySummary s = summary.categories().get(c);
            shares.add(
                    s == null || s.total() == 0
                            ? null
                            : BigDecimal.valueOf(100L * s.met())
                                    .divide(BigDecimal.valueOf(s.total()), 2, RoundingMode.HALF_UP));
        }
        return shares;
    }

    private static void charts(Model model, Report report, Function<String, String> text) {
        Map<Category, CategorySummary> categories = report.summary().categories();
        Map<SmartDimension, Implementation> dimensions = report.summary().smartDimensions();
        JsonMapper json = JsonMapper.shared();
        model.addAttribute(
                "chartCategories",
                json.writeValueAsString(categories.keySet().stream()
                        .map(c -> text.apply("monitoring.category." + c.name()))
                        .toList()));
        model.addAttribute(
                "chartMet",
                json.writeValueAsString(
                        categories.values().stream().map(CategorySummary::met).toList()));
        model.addAttribute(
                "chartNotMet",
                json.writeValueAsString(categories.values().stream()
                        .map(CategorySummary::notMet)
                        .toList()));
        model.addAttribute(
                "chartUnknown",
                json.writeValueAsString(categories.values().stream()
                        .map(CategorySummary::unknown)
                        .toList()));
        model.addAttribute(
                "chartDimensions",
                json.writeValueAsString(dimensions.keySet().stream()
                        .map(d -> text.apply("monitoring.dimension." + d.name()))
                        .toList()));
        List<BigDecimal> rates = dimensions.values().stream()
                .map(Implementation::implementationRate)
                .toList();
        model.addAttribute("chartRates", json.writeValueAsString(rates));
    }
}
