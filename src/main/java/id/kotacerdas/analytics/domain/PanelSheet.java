package id.kotacerdas.analytics.domain;

import java.util.List;

/**
 * A region's panel as its submitted scores show it: the assessors who submitted (in order) and their scores of
 * each question, in question order. Only submitted scores count, as at finalization.
 */
public record PanelSheet(String region, List<String> assessors, List<ScoredQuestion> questions) {

    public PanelSheet {
        assessors = List.copyOf(assessors);
        questions = List.copyOf(questions);
    }

    /** The questions of one dimension, in order. */
    public List<ScoredQuestion> of(String dimension) {
        return questions.stream().filter(q -> q.dimension().equals(dimension)).toList();
    }
}
