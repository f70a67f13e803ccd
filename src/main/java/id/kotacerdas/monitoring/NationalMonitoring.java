package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.NationalMonitoringView.Expired;
import id.kotacerdas.monitoring.NationalMonitoringView.RegionLine;
import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.CategorySummary;
import id.kotacerdas.monitoring.domain.MonitoringSummary;
import id.kotacerdas.monitoring.domain.SmartDimension;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The ministry's view of every region's masterplan monitoring (administrators only). */
@Service
public class NationalMonitoring {

    private final MasterplanRepository repository;
    private final MonitoringSummaries summaries;
    private final RegionApi regions;
    private final RegionAccess access;
    private final Clock clock;

    NationalMonitoring(
            MasterplanRepository repository,
            MonitoringSummaries summaries,
            RegionApi regions,
            RegionAccess access,
            Clock clock) {
        this.repository = repository;
        this.summaries = summaries;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
    }

    public NationalMonitoringView view(int year, Integer semester, Actor actor) {
        access.ensureAdmin(actor);
        Map<String, List<MasterplanView>> byRegion =
                repository.all().stream().collect(Collectors.groupingBy(MasterplanView::regionCode));
        List<RegionLine> lines = new ArrayList<>();
        List<Expired> expired = new ArrayList<>();
        Map<Category, CategorySummary> categories = new EnumMap<>(Category.class);
        Map<SmartDimension, List<BigDecimal>> rates = new EnumMap<>(SmartDimension.class);
        int today = Year.now(clock).getValue();
        for (Map.Entry<String, List<MasterplanView>> region : new TreeMap<>(byRegion).entrySet()) {
            String name = regions.find(region.getKey()).map(r -> r.name()).orElse(region.getKey());
            MasterplanView latest = region.getValue().stream()
                    .max(Comparator.comparingInt(MasterplanView::endYear))
                    .orElseThrow();
            if (latest.endYear() < today) {
                expired.add(new Expired(region.getKey(), name, latest.title(), latest.endYear()));
            }
            region.getValue().stream()
                    .filter(p -> p.startYear() <= year && year <= p.endYear())
                    .max(Comparator.comparingInt(MasterplanView::startYear))
                    .ifPresent(plan -> {
                        MonitoringSummary summary = summaries.of(plan.id(), year, semester);
                        lines.add(line(region.getKey(), name, plan, summary));
                        summary.categories().forEach((c, s) -> categories.merge(c, s, NationalMonitoring::sum));
                        summary.smartDimensions()
                                .forEach((d, i) -> rates.computeIfAbsent(d, k -> new ArrayList<>())
                                        .add(i.implementationRate()));
                    });
        }
        Map<SmartDimension, BigDecimal> means = new EnumMap<>(SmartDimension.class);
        rates.forEach((d, values) -> means.put(d, mean(values)));
        int reporting = (int) lines.stream().filter(RegionLine::reported).count();
        return new NationalMonitoringView(year, semester, lines, reporting, categories, means, expired);
    }

    private static RegionLine line(String code, String name, MasterplanView plan, MonitoringSummary summary) {
        CategorySummary all = summary.categories().values().stream()
                .reduce(new CategorySummary(0, 0, 0, 0, null), NationalMonitoring::sum);
        BigDecimal mean = all.total() == 0 || all.met() + all.notMet() == 0
                ? null
                : BigDecimal.valueOf(100L * all.met())
                        .divide(BigDecimal.valueOf(all.met() + all.notMet()), 2, RoundingMode.HALF_UP);
        return new RegionLine(
                code,
                name,
                plan.id(),
                plan.title(),
                all.total(),
                all.met(),
                all.notMet(),
                all.unknown(),
                mean,
                all.met() + all.notMet() > 0);
    }

    private static CategorySummary sum(CategorySummary a, CategorySummary b) {
        return new CategorySummary(
                a.total() + b.total(), a.met() + b.met(), a.notMet() + b.notMet(), a.unknown() + b.unknown(), null);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
