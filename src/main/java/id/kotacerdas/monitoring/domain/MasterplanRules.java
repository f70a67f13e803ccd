package id.kotacerdas.monitoring.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The checks on what an operator writes into a masterplan, each refusal naming its field. */
public final class MasterplanRules {

    /** The longest item code. */
    public static final int CODE_LENGTH = 40;

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*");

    private MasterplanRules() {}

    /**
     * An item's code, or null when blank: letters, digits and {@code . _ / -}, starting with a letter or digit (so
     * no spreadsheet reads it as a formula), no spaces, at most {@value #CODE_LENGTH} characters.
     */
    public static String code(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!isCode(value.strip())) {
            throw new InvalidInput(
                    field, "masterplan.item.code", "A code is letters, digits and . _ / - only", CODE_LENGTH);
        }
        return value.strip();
    }

    public static boolean isCode(String value) {
        return value != null
                && value.length() <= CODE_LENGTH
                && CODE.matcher(value).matches();
    }

    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidInput(field, "masterplan.field.invalid", field + " is missing or too long", max);
        }
        return value.strip();
    }

    public static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : required(value, field, max);
    }

    public static void years(Integer start, Integer end) {
        if (start == null || end == null || start < 2000 || end < start || end > start + 20) {
            throw new InvalidInput("endYear", "masterplan.years.invalid", "A masterplan runs 1 to 20 years from 2000");
        }
    }

    /** The named constant of {@code type}, or a refusal on {@code field}; null stays null when allowed. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field, boolean optional) {
        if (value == null || value.isBlank()) {
            if (optional) {
                return null;
            }
            throw new InvalidInput(field, "masterplan.value.unknown", field + " is missing", "");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "masterplan.value.unknown", field + " is not known: " + value, value);
        }
    }

    /** A roadmap item needs its level; no other item has one. */
    public static void level(Category category, RoadmapLevel level) {
        if ((category == Category.ROADMAP) != (level != null)) {
            throw new InvalidInput("level", "masterplan.item.level", "Only a roadmap item, and every one, has a level");
        }
    }

    /**
     * An institution is monitored by stage ({@link InstitutionStage}): higher is better, and its targets are 0, 1
     * or 2.
     */
    public static void institution(Category category, Direction direction, Map<Integer, BigDecimal> targets) {
        if (category != Category.INSTITUTION) {
            return;
        }
        if (direction != Direction.HIGHER_IS_BETTER) {
            throw new InvalidInput(
                    "direction", "masterplan.institution.direction", "An institution's stage is higher-is-better");
        }
        targets.values().forEach(value -> stage(category, value, "targets"));
    }

    /** For an institution, a stage: 0 (not formed), 1 (formed) or 2 (active); any number for other items. */
    public static void stage(Category category, BigDecimal value, String field) {
        if (category == Category.INSTITUTION
                && value != null
                && InstitutionStage.of(value).isEmpty()) {
            throw new InvalidInput(
                    field,
                    "masterplan.institution.stage",
                    "An institution's stage is 0, 1 or 2",
                    value.toPlainString());
        }
    }

    /** A quick win is stopped from one of the masterplan's years, with a reason; only a quick win is. */
    public static String stop(Category category, Integer year, String reason, int start, int end) {
        if (category != Category.QUICK_WIN) {
            throw new InvalidInput("year", "masterplan.quickWin.only", "Only a quick win is stopped");
        }
        if (year == null || year < start || year > end) {
            throw new InvalidInput("year", "masterplan.target.outside", "A year outside the masterplan", year);
        }
        return required(reason, "reason", 1000);
    }

    /** Targets only for the masterplan's years. */
    public static void targets(Map<Integer, BigDecimal> targets, int start, int end) {
        targets.forEach((year, value) -> {
            if (year < start || year > end || value == null) {
                throw new InvalidInput(
                        "targets", "masterplan.target.outside", "A target outside the masterplan's years", year);
            }
        });
    }

    /** A realisation of one of the masterplan's years, for the year (null) or semester 1 or 2. */
    public static void realisation(int year, Integer semester, BigDecimal value, int start, int end) {
        if (year < start || year > end) {
            throw new InvalidInput("year", "masterplan.target.outside", "A year outside the masterplan", year);
        }
        if (semester != null && semester != 1 && semester != 2) {
            throw new InvalidInput("semester", "masterplan.semester.invalid", "Semester is 1, 2 or none");
        }
        if (value == null) {
            throw new InvalidInput("value", "masterplan.value.missing", "The realised value is missing");
        }
    }
}
