package id.kotacerdas.analytics.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One question as a panel scored it: each submitted assessor's score (an integer 1-4) by username, in the panel's
 * assessor order. An assessor without a score of the question is absent.
 */
public record ScoredQuestion(int no, String dimension, Map<String, Integer> scores) {

    public ScoredQuestion {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** max − min of the scores; 0 with fewer than two. */
    public int spread() {
        if (scores.size() < 2) {
            return 0;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int score : scores.values()) {
            min = Math.min(min, score);
            max = Math.max(max, score);
        }
        return max - min;
    }

    int sum() {
        int sum = 0;
        for (int score : scores.values()) {
            sum += score;
        }
        return sum;
    }
}
