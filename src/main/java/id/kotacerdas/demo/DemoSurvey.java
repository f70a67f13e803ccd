package id.kotacerdas.demo;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.Role;
import id.kotacerdas.survey.EnterSurveyResponse;
import id.kotacerdas.survey.SurveyApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Half the survey region's quota of citizen responses, entered by its enumerator from paper forms and the service
 * counter through the same checks and store as every response (the online form's token and rate limits are for
 * respondents on the internet). Each respondent rates around their own opinion of the service, so no response is
 * straight-lined (all nine answers equal) and every one counts.
 */
@Component
class DemoSurvey {

    private static final long SEED = 2025_0003L;

    private final EnterSurveyResponse entries;
    private final SurveyApi surveys;

    DemoSurvey(EnterSurveyResponse entries, SurveyApi surveys) {
        this.entries = entries;
        this.surveys = surveys;
    }

    void enter(DemoRegion region) {
        Actor enumerator = new Actor(DemoData.enumeratorOf(region), "Enumerator", Role.ENUMERATOR, region.code(), null);
        Random random = DemoLevels.seeded(SEED);
        Map<String, List<Integer>> dimensions = new LinkedHashMap<>();
        surveys.summary(DemoData.YEAR, region.code(), DemoSeeder.ministry()).questions().stream()
                .forEach(q -> dimensions
                        .computeIfAbsent(q.dimension(), d -> new ArrayList<>())
                        .add(q.no()));
        int perDimension = DemoData.SURVEY_RESPONSES / dimensions.size();
        for (Map.Entry<String, List<Integer>> dimension : dimensions.entrySet()) {
            for (int i = 0; i < perDimension; i++) {
                Map<String, Integer> answers = answers(dimension.getValue(), region.level("IMPACT"), random);
                String source = random.nextInt(4) == 0 ? "COUNTER" : "PAPER";
                UUID key = new UUID(random.nextLong(), random.nextLong());
                entries.enter(
                        DemoData.YEAR,
                        region.code(),
                        new EnterSurveyResponse.Entry(
                                key, dimension.getKey(), answers, DemoTexts.comment(random), source),
                        enumerator);
            }
        }
    }

    private static Map<String, Integer> answers(List<Integer> questions, double impact, Random random) {
        double opinion = impact + random.nextGaussian() * 0.5;
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int no : questions) {
            answers.put(String.valueOf(no), DemoLevels.around(opinion, 0.6, random));
        }
        if (answers.values().stream().distinct().count() == 1) {
            String first = String.valueOf(questions.get(0));
            answers.put(first, answers.get(first) == 4 ? 3 : answers.get(first) + 1);
        }
        return answers;
    }
}
