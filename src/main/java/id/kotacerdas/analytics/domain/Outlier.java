package id.kotacerdas.analytics.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The outlier of a question's scores: the one assessor whose score lies farthest from the median of the panel's
 * scores. When two or more share the largest distance (2, 2, 4, 4), the question has no outlier.
 */
final class Outlier {

    private Outlier() {}

    static Optional<String> of(Map<String, Integer> scores) {
        int[] sorted = scores.values().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        // twice the median, so that it stays an integer
        int median2 = n % 2 == 1 ? 2 * sorted[n / 2] : sorted[n / 2 - 1] + sorted[n / 2];
        String farthest = null;
        int largest = -1;
        boolean shared = false;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            int distance = Math.abs(2 * e.getValue() - median2);
            if (distance > largest) {
                largest = distance;
                farthest = e.getKey();
                shared = false;
            } else if (distance == largest) {
                shared = true;
            }
        }
        return shared || largest <= 0 ? Optional.empty() : Optional.ofNullable(farthest);
    }
}
