package id.kotacerdas.programme.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A region's progress through its cohort's milestones: how many of them it reached, and the next one, the first
 * in order not reached yet (null once all are), overdue when its due date has passed.
 */
public record MilestoneProgress(int reached, int total, Milestone next, boolean nextOverdue) {

    /** From the cohort's milestones and the date each one the region reached was reached, by number. */
    public static MilestoneProgress of(List<Milestone> milestones, Map<Integer, LocalDate> reachedOn, LocalDate today) {
        int reached = (int)
                milestones.stream().filter(m -> reachedOn.containsKey(m.no())).count();
        Milestone next = milestones.stream()
                .filter(m -> !reachedOn.containsKey(m.no()))
                .findFirst()
                .orElse(null);
        boolean overdue = next != null && next.dueOn() != null && next.dueOn().isBefore(today);
        return new MilestoneProgress(reached, milestones.size(), next, overdue);
    }

    public boolean complete() {
        return total > 0 && reached == total;
    }
}
