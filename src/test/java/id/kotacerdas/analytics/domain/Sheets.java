package id.kotacerdas.analytics.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Panels for the domain tests: each assessor's scores of questions 1..n, and each question's dimension. */
final class Sheets {

    private Sheets() {}

    static PanelSheet sheet(String region, Map<String, int[]> scoresByAssessor, IntFunction<String> dimensionOf) {
        List<String> assessors = List.copyOf(scoresByAssessor.keySet());
        int questions = scoresByAssessor.values().iterator().next().length;
        List<ScoredQuestion> scored = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (String assessor : assessors) {
                scores.put(assessor, scoresByAssessor.get(assessor)[i]);
            }
            scored.add(new ScoredQuestion(i + 1, dimensionOf.apply(i + 1), scores));
        }
        return new PanelSheet(region, assessors, scored);
    }

    /** The 2024 instrument's dimensions by question number. */
    static String dimension2024(int no) {
        if (no <= 5) {
            return "BASELINE";
        }
        if (no <= 16) {
            return "OUTPUT";
        }
        if (no <= 49) {
            return "OUTCOME";
        }
        return no <= 103 ? "IMPACT" : "QUICK_WIN";
    }

    /** Scores 1-4 cycling with the question, shifted by {@code offset} and kept within [low, 4]. */
    static int[] varied(int questions, int offset, int low) {
        int[] scores = new int[questions];
        for (int i = 0; i < questions; i++) {
            scores[i] = Math.max(low, Math.min(4, low + (i * 7 + offset) % (5 - low)));
        }
        return scores;
    }

    static int[] minus(int[] scores, int points) {
        int[] lower = scores.clone();
        for (int i = 0; i < lower.length; i++) {
            lower[i] -= points;
        }
        return lower;
    }
}
