package id.kotacerdas.award.domain;

import java.util.List;

/**
 * The Outcome questions of one smart dimension.
 *
 * @param code e.g. "GOVERNANCE"
 * @param name as the instrument words it, e.g. "Smart Governance"
 * @param questions their numbers, in instrument order
 */
public record SmartDimensionQuestions(String code, String name, List<Integer> questions) {

    public SmartDimensionQuestions {
        questions = List.copyOf(questions);
    }
}
