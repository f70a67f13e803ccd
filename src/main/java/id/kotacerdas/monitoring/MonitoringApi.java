package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.CategorySummary;
import id.kotacerdas.monitoring.domain.MonitoredItem;
import id.kotacerdas.monitoring.domain.MonitoringSummary;
import id.kotacerdas.monitoring.domain.RoadmapLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * The masterplan figures that answer evaluation questions, offered as suggested evidence next to them (the
 * caller checks who may see the region): Baseline 4 and 5 (last year's roadmap programmes and their kegiatan
 * realised) and Outcome 46 to 49 (the action plans for institutions, infrastructure, applications and literacy
 * this year), from the region's masterplan that covers the year.
 */
@Service
public class MonitoringApi {

    private final MasterplanRepository repository;

    MonitoringApi(MasterplanRepository repository) {
        this.repository = repository;
    }

    public Map<Integer, MasterplanEvidence> evidence(String region, int evaluationYear) {
        Map<Integer, MasterplanEvidence> evidence = new LinkedHashMap<>();
        List<MasterplanView> plans = repository.ofRegion(region);
        // one masterplan usually covers both years: its items are read once
        Map<Long, List<MonitoredItem>> read = new HashMap<>();
        covering(plans, evaluationYear - 1).ifPresent(plan -> {
            List<MonitoredItem> items = read.computeIfAbsent(plan.id(), id -> items(plan));
            add(
                    evidence,
                    4,
                    plan,
                    evaluationYear - 1,
                    "monitoring.evidence.programmes",
                    null,
                    items,
                    i -> i.programme());
            add(
                    evidence,
                    5,
                    plan,
                    evaluationYear - 1,
                    "monitoring.evidence.activities",
                    null,
                    items,
                    i -> i.category() == Category.ROADMAP && i.level() != RoadmapLevel.PROGRAM);
        });
        covering(plans, evaluationYear).ifPresent(plan -> {
            List<MonitoredItem> items = read.computeIfAbsent(plan.id(), id -> items(plan));
            Map<Integer, Category> actionPlans = Map.of(
                    46,
                    Category.INSTITUTION,
                    47,
                    Category.INFRASTRUCTURE,
                    48,
                    Category.APPLICATION,
                    49,
                    Category.LITERACY);
            actionPlans.forEach((no, category) -> add(
                    evidence,
                    no,
                    plan,
                    evaluationYear,
                    "monitoring.evidence.category",
                    category.name(),
                    items,
                    i -> i.category() == category));
        });
        return evidence;
    }

    private static Optional<MasterplanView> covering(List<MasterplanView> plans, int year) {
        return plans.stream()
                .filter(p -> p.startYear() <= year && year <= p.endYear())
                .max(Comparator.comparingInt(MasterplanView::startYear));
    }

    private List<MonitoredItem> items(MasterplanView plan) {
        return repository.details(plan.id()).stream()
                .map(MasterplanRepository.Detail::item)
                .toList();
    }

    private static void add(
            Map<Integer, MasterplanEvidence> evidence,
            int no,
            MasterplanView plan,
            int year,
            String what,
            String category,
            List<MonitoredItem> items,
            Predicate<MonitoredItem> counted) {
        List<MonitoredItem> chosen = items.stream().filter(counted).toList();
        CategorySummary c = MonitoringSummary.of(chosen, year, null).categories().values().stream()
                .reduce(new CategorySummary(0, 0, 0, 0, null), MonitoringApi::sum);
        if (c.total() == 0) {
            return;
        }
        BigDecimal percent =
                BigDecimal.valueOf(100L * c.met()).divide(BigDecimal.valueOf(c.total()), 2, RoundingMode.HALF_UP);
        evidence.put(
                no,
                new MasterplanEvidence(
                        no, plan.title(), year, what, category, c.total(), c.met(), c.unknown(), percent));
    }

    private static CategorySummary sum(CategorySummary a, CategorySummary b) {
        return new CategorySummary(
                a.total() + b.total(), a.met() + b.met(), a.notMet() + b.notMet(), a.unknown() + b.unknown(), null);
    }
}
