package id.kotacerdas.survey.domain;

import java.util.List;
import java.util.Locale;

/**
 * One smart dimension of the survey (smart governance, branding, economy, living, society, environment) with
 * its statements in instrument order; respondents answer the statements of one smart dimension at a time.
 *
 * @param code e.g. "GOVERNANCE", derived from the instrument's indicator "Smart Governance"
 * @param name the indicator as the instrument names it
 */
public record SmartDimension(String code, String name, List<SurveyQuestion> questions) {

    public SmartDimension {
        questions = List.copyOf(questions);
    }

    /** "Smart Governance" → "GOVERNANCE"; any other indicator is upper-cased with '_' between words. */
    public static String codeOf(String indicator) {
        String name = indicator.trim().replaceFirst("(?i)^smart\\s+", "");
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }

    public List<Integer> questionNumbers() {
        return questions.stream().map(SurveyQuestion::no).toList();
    }

    /** The position (0-based) of a question in this dimension's answers, or -1. */
    public int positionOf(int questionNo) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).no() == questionNo) {
                return i;
            }
        }
        return -1;
    }
}
