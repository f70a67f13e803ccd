package id.kotacerdas.programme.domain;

import java.util.Map;

/**
 * A reviewer's submitted scores of one masterplan: a score 1..4 for every criterion of the rubric, by criterion
 * code. Only submitted sheets count towards the masterplan's score.
 */
public record ReviewSheet(String reviewer, Map<String, Integer> scores) {

    public ReviewSheet {
        scores = Map.copyOf(scores);
    }
}
