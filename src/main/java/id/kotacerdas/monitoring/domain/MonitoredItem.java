package id.kotacerdas.monitoring.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A masterplan item with what the computation needs: its category, smart dimension (optional), roadmap level
 * (roadmap only), direction, targets by year and realisations, and for a quick win the year it was stopped from
 * (null while it runs).
 */
public record MonitoredItem(
        Category category,
        SmartDimension smartDimension,
        RoadmapLevel level,
        Direction direction,
        Map<Integer, BigDecimal> targets,
        List<Realisation> realisations,
        Integer stoppedYear) {

    public MonitoredItem {
        targets = Map.copyOf(targets);
        realisations = List.copyOf(realisations);
    }

    /** An item that has not been stopped. */
    public MonitoredItem(
            Category category,
            SmartDimension smartDimension,
            RoadmapLevel level,
            Direction direction,
            Map<Integer, BigDecimal> targets,
            List<Realisation> realisations) {
        this(category, smartDimension, level, direction, targets, realisations, null);
    }

    /**
     * The item's achievement in a year against that year's target: with {@code semester} null, the year's
     * realisation, or without one the latest semester figure (S2, else S1: the year so far); with a semester,
     * that semester's figure.
     */
    public Achievement achievement(int year, Integer semester) {
        return Achievement.of(
                direction, targets.get(year), realised(year, semester).orElse(null));
    }

    /** The figure the achievement reads for the year or semester (see {@link #achievement}), if any. */
    public Optional<BigDecimal> realised(int year, Integer semester) {
        List<Realisation> ofYear =
                realisations.stream().filter(r -> r.year() == year).toList();
        if (semester != null) {
            return ofYear.stream()
                    .filter(r -> semester.equals(r.semester()))
                    .map(Realisation::value)
                    .findFirst();
        }
        return ofYear.stream()
                .filter(Realisation::ofYear)
                .map(Realisation::value)
                .findFirst()
                .or(() -> ofYear.stream()
                        .filter(r -> !r.ofYear())
                        .max(Comparator.comparing(Realisation::semester))
                        .map(Realisation::value));
    }

    /** An institution's stage reached in the year or semester (see {@link #realised}), if recorded. */
    public Optional<InstitutionStage> stage(int year, Integer semester) {
        return category == Category.INSTITUTION
                ? realised(year, semester).flatMap(InstitutionStage::of)
                : Optional.empty();
    }

    /**
     * A quick win's continuity in the year (or semester): not started before the year of its first target; stopped
     * from its stop year on; continued with a realisation in the period; else not reported. Null for other items.
     */
    public Continuity continuity(int year, Integer semester) {
        if (category != Category.QUICK_WIN) {
            return null;
        }
        if (targets.isEmpty() || targets.keySet().stream().min(Integer::compare).orElseThrow() > year) {
            return Continuity.NOT_STARTED;
        }
        if (stoppedYear != null && stoppedYear <= year) {
            return Continuity.STOPPED;
        }
        return realised(year, semester).isPresent() ? Continuity.CONTINUED : Continuity.NOT_REPORTED;
    }

    /** A roadmap programme: what the implementation rate of its smart dimension counts. */
    public boolean programme() {
        return category == Category.ROADMAP && level == RoadmapLevel.PROGRAM;
    }
}
