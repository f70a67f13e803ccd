package id.kotacerdas.award.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Outcome questions belong to which smart dimension (docs/method.md, section 8.4). The instrument names no
 * smart dimension per Outcome question; it heads each smart dimension's programmes with a question whose
 * sub-indicator names the programme "Program Smart …" ("Program Smart Governance di tahun berjalan", question 17 in
 * 2024; "… Pendukung Smart city" names no smart dimension). That question and
 * the Outcome questions after it under the same indicator belong to that smart dimension, up to the next question
 * naming one or a change of indicator ("Rencana Aksi", questions 46-49 in 2024, belong to none). In 2024:
 * Governance 17-22, Branding 23-26, Economy 27-29, Living 30-36, Society 37-42, Environment 43-45.
 */
public final class OutcomeSmartDimensions {

    static final String OUTCOME = "OUTCOME";
    private static final Pattern SMART = Pattern.compile("(?i)\\bprogram\\s+smart\\s+([a-z]+)");

    private OutcomeSmartDimensions() {}

    /** The smart dimensions with Outcome questions, by code, in instrument order. */
    public static Map<String, SmartDimensionQuestions> of(List<QuestionLine> instrument) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Integer>> numbers = new LinkedHashMap<>();
        String current = null;
        String indicator = null;
        List<QuestionLine> ordered = new ArrayList<>(instrument);
        ordered.sort(Comparator.comparingInt(QuestionLine::no));
        for (QuestionLine q : ordered) {
            if (!OUTCOME.equals(q.dimension())) {
                current = null;
                continue;
            }
            Matcher named = SMART.matcher(q.subIndicator());
            if (named.find()) {
                String word = named.group(1).toLowerCase(Locale.ROOT);
                current = word.toUpperCase(Locale.ROOT);
                indicator = q.indicator();
                names.putIfAbsent(current, "Smart " + Character.toUpperCase(word.charAt(0)) + word.substring(1));
            } else if (!q.indicator().equals(indicator)) {
                current = null;
            }
            if (current != null) {
                numbers.computeIfAbsent(current, c -> new ArrayList<>()).add(q.no());
            }
        }
        Map<String, SmartDimensionQuestions> result = new LinkedHashMap<>();
        numbers.forEach((code, list) -> result.put(code, new SmartDimensionQuestions(code, names.get(code), list)));
        return result;
    }
}
