package id.kotacerdas.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A masterplan's monitoring for a year or a semester: per category the counts and mean achievement, per smart
 * dimension the implementation rate of its roadmap programmes. Only items with a target for the year are in it
 * (planned that year); categories without such items and smart dimensions without planned programmes are left
 * out. The institutions planned are also counted by stage (null when none is planned), and the quick wins started
 * by the year by their continuity (null when none has started).
 */
public record MonitoringSummary(
        int year,
        Integer semester,
        Map<Category, CategorySummary> categories,
        Map<SmartDimension, Implementation> smartDimensions,
        InstitutionCount institutions,
        QuickWinCount quickWins) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static MonitoringSummary of(List<MonitoredItem> items, int year, Integer semester) {
        Map<Category, List<Achievement>> byCategory = new EnumMap<>(Category.class);
        Map<SmartDimension, int[]> programmes = new EnumMap<>(SmartDimension.class);
        for (MonitoredItem item : items) {
            if (!item.targets().containsKey(year)) {
                continue; // not planned for the year: not in its monitoring
            }
            Achievement achievement = item.achievement(year, semester);
            byCategory.computeIfAbsent(item.category(), c -> new ArrayList<>()).add(achievement);
            if (item.programme()
                    && item.smartDimension() != null
                    && item.targets().containsKey(year)) {
                int[] count = programmes.computeIfAbsent(item.smartDimension(), d -> new int[2]);
                count[0]++;
                count[1] += achievement.status() == Status.MET ? 1 : 0;
            }
        }
        Map<Category, CategorySummary> categories = new EnumMap<>(Category.class);
        byCategory.forEach((category, achievements) -> categories.put(category, summary(achievements)));
        Map<SmartDimension, Implementation> dimensions = new EnumMap<>(SmartDimension.class);
        programmes.forEach((dimension, count) -> dimensions.put(dimension, implementation(count[0], count[1])));
        return new MonitoringSummary(
                year,
                semester,
                categories,
                dimensions,
                institutions(items, year, semester),
                quickWins(items, year, semester));
    }

    private static InstitutionCount institutions(List<MonitoredItem> items, int year, Integer semester) {
        List<MonitoredItem> planned = items.stream()
                .filter(i -> i.category() == Category.INSTITUTION && i.targets().containsKey(year))
                .toList();
        if (planned.isEmpty()) {
            return null;
        }
        int formed = 0;
        int active = 0;
        for (MonitoredItem item : planned) {
            InstitutionStage stage = item.stage(year, semester).orElse(InstitutionStage.NOT_FORMED);
            formed += stage == InstitutionStage.NOT_FORMED ? 0 : 1;
            active += stage == InstitutionStage.ACTIVE ? 1 : 0;
        }
        return new InstitutionCount(planned.size(), formed, active);
    }

    private static QuickWinCount quickWins(List<MonitoredItem> items, int year, Integer semester) {
        Map<Continuity, Integer> counts = new EnumMap<>(Continuity.class);
        items.stream()
                .map(i -> i.continuity(year, semester))
                .filter(c -> c != null && c != Continuity.NOT_STARTED)
                .forEach(c -> counts.merge(c, 1, Integer::sum));
        int started = counts.values().stream().mapToInt(Integer::intValue).sum();
        return started == 0
                ? null
                : new QuickWinCount(
                        started,
                        counts.getOrDefault(Continuity.CONTINUED, 0),
                        counts.getOrDefault(Continuity.STOPPED, 0),
                        counts.getOrDefault(Continuity.NOT_REPORTED, 0));
    }

    private static CategorySummary summary(List<Achievement> achievements) {
        int met = count(achievements, Status.MET);
        int notMet = count(achievements, Status.NOT_MET);
        List<BigDecimal> percents = achievements.stream()
                .map(Achievement::percent)
                .filter(Objects::nonNull)
                .toList();
        BigDecimal mean = percents.isEmpty()
                ? null
                : percents.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP);
        return new CategorySummary(achievements.size(), met, notMet, achievements.size() - met - notMet, mean);
    }

    private static int count(List<Achievement> achievements, Status status) {
        return (int) achievements.stream().filter(a -> a.status() == status).count();
    }

    private static Implementation implementation(int planned, int implemented) {
        BigDecimal rate = planned == 0
                ? null
                : BigDecimal.valueOf(implemented)
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(planned), 2, RoundingMode.HALF_UP);
        return new Implementation(planned, implemented, rate);
    }
}
