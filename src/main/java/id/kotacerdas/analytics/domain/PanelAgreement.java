package id.kotacerdas.analytics.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The agreement between a panel's assessors: Krippendorff's alpha over all its questions (each question a unit, each
 * submitted assessor a rater, the scores 1-4 as values) and over each dimension's questions, with the questions
 * whose scores spread most. {@code items} counts the pairable questions (scored by two or more).
 */
public record PanelAgreement(
        int raters,
        int items,
        Alpha krippendorffAlpha,
        List<DimensionAgreement> dimensions,
        List<SpreadQuestion> mostSpread) {

    /** How many of the most-spread questions are listed. */
    public static final int MOST_SPREAD = 10;

    public static PanelAgreement of(PanelSheet sheet) {
        List<String> raters = sheet.assessors();
        Set<String> dimensions = new LinkedHashSet<>();
        sheet.questions().forEach(q -> dimensions.add(q.dimension()));
        List<DimensionAgreement> byDimension = new ArrayList<>();
        for (String dimension : dimensions) {
            List<ScoredQuestion> questions = sheet.of(dimension);
            byDimension.add(new DimensionAgreement(dimension, pairable(questions), alpha(questions, raters)));
        }
        List<SpreadQuestion> spread = sheet.questions().stream()
                .filter(q -> q.spread() > 0)
                .map(SpreadQuestion::of)
                .sorted(SpreadQuestion.MOST_SPREAD_FIRST)
                .limit(MOST_SPREAD)
                .toList();
        return new PanelAgreement(
                raters.size(), pairable(sheet.questions()), overall(sheet), List.copyOf(byDimension), spread);
    }

    /** Alpha over all the panel's questions (what a period's overview and the tracking dashboard show). */
    public static Alpha overall(PanelSheet sheet) {
        return alpha(sheet.questions(), sheet.assessors());
    }

    /** How many of the questions were scored by two assessors or more (the pairable units). */
    public static int pairable(PanelSheet sheet) {
        return pairable(sheet.questions());
    }

    /** The interval alpha, as shown, is under {@link Alpha#FLOOR}. */
    public boolean belowFloor() {
        return krippendorffAlpha.belowFloor();
    }

    private static Alpha alpha(List<ScoredQuestion> questions, List<String> raters) {
        if (raters.size() < 2) {
            return Alpha.UNDEFINED;
        }
        List<Integer[]> units = new ArrayList<>(questions.size());
        for (ScoredQuestion question : questions) {
            Integer[] unit = new Integer[raters.size()];
            for (int r = 0; r < unit.length; r++) {
                unit[r] = question.scores().get(raters.get(r));
            }
            units.add(unit);
        }
        return KrippendorffAlpha.of(units, raters.size());
    }

    private static int pairable(List<ScoredQuestion> questions) {
        return (int) questions.stream().filter(q -> q.scores().size() >= 2).count();
    }
}
