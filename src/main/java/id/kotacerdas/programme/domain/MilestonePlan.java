package id.kotacerdas.programme.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The milestones a cohort's regions pass while writing their masterplans: the defaults (the 2018 programme's
 * course, docs/method.md section 8.5) until an administrator edits a cohort's list, and the checks of an edited
 * list: 1 to 50 milestones, each named (at most 200 characters), numbered in the order given.
 */
public final class MilestonePlan {

    public static final int MAX = 50;
    public static final int NAME_LENGTH = 200;

    /** A milestone as an administrator sends it: name and optional due date. */
    public record Draft(String name, LocalDate dueOn) {}

    private static final List<String> DEFAULTS = List.of(
            "Bimtek I: analisis wilayah",
            "Draf masterplan",
            "Bimtek II",
            "Masterplan final diserahkan",
            "Dasar hukum (Perbup/Perwal) ditandatangani",
            "Quick win diluncurkan");

    private MilestonePlan() {}

    public static List<Milestone> defaults() {
        List<Milestone> list = new ArrayList<>();
        for (int i = 0; i < DEFAULTS.size(); i++) {
            list.add(new Milestone(i + 1, DEFAULTS.get(i), null));
        }
        return List.copyOf(list);
    }

    /** The list numbered 1, 2, ... in the order given; 400 milestone.list.empty, .tooMany, milestone.name. */
    public static List<Milestone> check(List<Draft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new InvalidInput("milestones", "milestone.list.empty", "A cohort has at least one milestone");
        }
        if (drafts.size() > MAX) {
            throw new InvalidInput("milestones", "milestone.list.tooMany", "At most 50 milestones", MAX);
        }
        List<Milestone> list = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String name = d == null || d.name() == null ? "" : d.name().strip();
            if (name.isEmpty() || name.length() > NAME_LENGTH) {
                throw new InvalidInput(
                        "milestones",
                        "milestone.name",
                        "Milestone " + (i + 1) + " has no name or one longer than 200 characters",
                        i + 1);
            }
            list.add(new Milestone(i + 1, name, d.dueOn()));
        }
        return List.copyOf(list);
    }
}
