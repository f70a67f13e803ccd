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
 * out.
 */
public record MonitoringSummary(
        int year,
        Integer semester,
        Map<Category, CategorySummary> categories,
        Map<SmartDimension, Implementation> smartDimensions) {

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
        return new MonitoringSummary(year, semester, categories, dimensions);
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
