package id.kotacerdas.monitoring.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks on a field evaluation (tinjauan lapangan) as the ministry plans and records it, each refusal naming
 * its field. Semester 1 is June's, 2 November's; the dates themselves are not tied to the month: Kota Pekalongan's
 * first-semester evaluation of 2020 was held on 10-11 March.
 */
public final class FieldEvaluationRules {

    public static final int MAX_TEAM = 20;
    public static final int MAX_STAKEHOLDERS = 60;
    public static final int NAME_LENGTH = 200;
    public static final int PLACE_LENGTH = 300;
    public static final int NOTES_LENGTH = 20_000;
    public static final int ACTION_LENGTH = 2000;
    public static final int NOTE_LENGTH = 2000;
    public static final int CAPTION_LENGTH = 300;

    private FieldEvaluationRules() {}

    /** What an administrator writes about an evaluation, checked: blank team rows and stakeholders left out. */
    public record Checked(
            LocalDate plannedOn,
            LocalDate heldOn,
            LocalDate heldUntil,
            String place,
            List<TeamMember> team,
            List<String> stakeholders,
            String notes) {

        public FieldEvaluationStatus status() {
            return heldOn == null ? FieldEvaluationStatus.PLANNED : FieldEvaluationStatus.HELD;
        }
    }

    public static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidInput("year", "fieldEvaluation.year.invalid", "The year is missing or not 2000-2100");
        }
        return year;
    }

    public static int semester(Integer semester) {
        if (semester == null || (semester != 1 && semester != 2)) {
            throw new InvalidInput(
                    "semester", "fieldEvaluation.semester.invalid", "Semester is 1 (June) or 2 (November)");
        }
        return semester;
    }

    /**
     * The evaluation as planned or recorded. The planned date lies in the evaluation's year; a held evaluation has
     * the day it began (not in the future, not before its year; it may differ from the planned one either way: a
     * visit is brought forward or put off), the day it ended when it took several, and its findings; the team has
     * at least one member.
     *
     * @param today the day in Western Indonesian Time, for "not in the future"
     */
    public static Checked check(
            int year,
            LocalDate plannedOn,
            LocalDate heldOn,
            LocalDate heldUntil,
            String place,
            List<TeamMember> team,
            List<String> stakeholders,
            String notes,
            LocalDate today) {
        if (plannedOn == null) {
            throw new InvalidInput("plannedOn", "fieldEvaluation.planned.missing", "The planned date is missing");
        }
        if (plannedOn.getYear() != year) {
            throw new InvalidInput(
                    "plannedOn",
                    "fieldEvaluation.planned.outsideYear",
                    "The planned date is not in the evaluation's year",
                    year);
        }
        String writtenNotes = optional(notes, "notes", NOTES_LENGTH);
        if (heldOn == null) {
            if (heldUntil != null) {
                throw new InvalidInput(
                        "heldUntil", "fieldEvaluation.heldUntil.withoutHeld", "An end day needs the day it began");
            }
        } else {
            if (heldOn.getYear() < year) {
                throw new InvalidInput(
                        "heldOn", "fieldEvaluation.held.beforeYear", "An evaluation is not held before its year", year);
            }
            if (heldOn.isAfter(today)) {
                throw new InvalidInput(
                        "heldOn", "fieldEvaluation.held.future", "An evaluation held in the future", heldOn.toString());
            }
            if (heldUntil != null && heldUntil.isBefore(heldOn)) {
                throw new InvalidInput(
                        "heldUntil", "fieldEvaluation.heldUntil.beforeHeld", "The visit ends before it began");
            }
            if (heldUntil != null && heldUntil.isAfter(today)) {
                throw new InvalidInput(
                        "heldUntil",
                        "fieldEvaluation.held.future",
                        "An evaluation held in the future",
                        heldUntil.toString());
            }
            if (writtenNotes == null) {
                throw new InvalidInput(
                        "notes", "fieldEvaluation.notes.missing", "A held evaluation records its findings");
            }
        }
        return new Checked(
                plannedOn,
                heldOn,
                heldOn == null ? null : heldUntil,
                optional(place, "place", PLACE_LENGTH),
                team(team),
                stakeholders(stakeholders),
                writtenNotes);
    }

    /** The team without its blank rows; refused when no one is left, or a row has no name. */
    public static List<TeamMember> team(List<TeamMember> team) {
        List<TeamMember> members = new ArrayList<>();
        for (TeamMember member : team == null ? List.<TeamMember>of() : team) {
            if (member == null || (blank(member.name()) && blank(member.affiliation()) && blank(member.role()))) {
                continue;
            }
            if (blank(member.name())) {
                throw new InvalidInput(
                        "team", "fieldEvaluation.team.name", "A team member has no name", members.size() + 1);
            }
            members.add(new TeamMember(
                    text(member.name(), "team", NAME_LENGTH),
                    optional(member.affiliation(), "team", NAME_LENGTH),
                    optional(member.role(), "team", NAME_LENGTH)));
        }
        if (members.isEmpty()) {
            throw new InvalidInput("team", "fieldEvaluation.team.empty", "The team has no member");
        }
        if (members.size() > MAX_TEAM) {
            throw new InvalidInput("team", "fieldEvaluation.team.tooMany", "Too many team members", MAX_TEAM);
        }
        return List.copyOf(members);
    }

    /** The stakeholders interviewed without blanks; a name given twice is refused. */
    public static List<String> stakeholders(List<String> stakeholders) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : stakeholders == null ? List.<String>of() : stakeholders) {
            if (blank(name)) {
                continue;
            }
            String written = text(name, "stakeholders", NAME_LENGTH);
            if (!seen.add(written.toLowerCase(Locale.ROOT))) {
                throw new InvalidInput(
                        "stakeholders",
                        "fieldEvaluation.stakeholder.repeated",
                        "A stakeholder is named twice: " + written,
                        written);
            }
            names.add(written);
        }
        if (names.size() > MAX_STAKEHOLDERS) {
            throw new InvalidInput(
                    "stakeholders", "fieldEvaluation.stakeholder.tooMany", "Too many stakeholders", MAX_STAKEHOLDERS);
        }
        return List.copyOf(names);
    }

    /** A follow-up's due day: needed, and not before the evaluation that asked for it. */
    public static LocalDate due(LocalDate dueOn, LocalDate heldOn) {
        if (dueOn == null) {
            throw new InvalidInput("dueOn", "fieldEvaluation.followUp.dueMissing", "The due date is missing");
        }
        if (heldOn != null && dueOn.isBefore(heldOn)) {
            throw new InvalidInput(
                    "dueOn",
                    "fieldEvaluation.followUp.dueBeforeHeld",
                    "A follow-up is not due before the evaluation",
                    heldOn.toString());
        }
        return dueOn;
    }

    /** Required text, stripped, at most {@code max} characters. */
    public static String text(String value, String field, int max) {
        if (blank(value)) {
            throw new InvalidInput(field, "fieldEvaluation.text.missing", field + " is missing");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInput(field, "fieldEvaluation.text.tooLong", field + " is too long", max);
        }
        return stripped;
    }

    /** Optional text: null when blank, else as {@link #text}. */
    public static String optional(String value, String field, int max) {
        return blank(value) ? null : text(value, field, max);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
