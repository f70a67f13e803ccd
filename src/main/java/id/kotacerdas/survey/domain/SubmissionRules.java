package id.kotacerdas.survey.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a survey response must meet: a smart dimension of the survey, exactly one answer 1-4 for each of
 * its statements and nothing else, a comment of at most {@link #MAX_COMMENT} characters. Responses whose
 * answers are all the same, or that came faster than {@code minimumSeconds}, are accepted but flagged.
 */
public final class SubmissionRules {

    public static final int MAX_COMMENT = 1000;

    private SubmissionRules() {}

    public static CheckedSubmission check(
            SurveyForm form,
            String dimensionCode,
            Map<String, Integer> answers,
            String comment,
            Integer secondsTaken,
            int minimumSeconds) {
        SmartDimension dimension = form.dimension(dimensionCode == null ? "" : dimensionCode)
                .orElseThrow(() -> new InvalidInput(
                        "dimension", "survey.dimension.unknown", "Unknown smart dimension " + dimensionCode));
        Map<String, Integer> given = answers == null ? Map.of() : answers;
        Map<String, String> errors = new LinkedHashMap<>();
        List<SurveyQuestion> questions = dimension.questions();
        short[] ordered = new short[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            String key = String.valueOf(questions.get(i).no());
            Integer value = given.get(key);
            if (value == null) {
                errors.put(key, "survey.answer.missing");
            } else if (value < SurveyForm.LOWEST || value > SurveyForm.HIGHEST) {
                errors.put(key, "survey.answer.range");
            } else {
                ordered[i] = value.shortValue();
            }
        }
        if (given.size() != questions.size() || !errors.isEmpty()) {
            List<Integer> numbers = dimension.questionNumbers();
            given.keySet().stream()
                    .filter(key -> !numbers.contains(parse(key)))
                    .forEach(key -> errors.put(key, "survey.answer.unexpected"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(
                            "answers",
                            "survey.answers.invalid",
                            errors.size() + " answers are missing or invalid: " + errors.keySet(),
                            errors.size())
                    .with("errors", errors);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new InvalidInput(
                    "comment", "survey.comment.tooLong", "Comment longer than " + MAX_COMMENT, MAX_COMMENT);
        }
        boolean tooFast = secondsTaken != null && secondsTaken < minimumSeconds;
        return new CheckedSubmission(dimension.code(), ordered, text, secondsTaken, allSame(ordered), tooFast);
    }

    private static boolean allSame(short[] answers) {
        for (short a : answers) {
            if (a != answers[0]) {
                return false;
            }
        }
        return answers.length > 1;
    }

    private static int parse(String key) {
        try {
            return Integer.parseInt(key.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
