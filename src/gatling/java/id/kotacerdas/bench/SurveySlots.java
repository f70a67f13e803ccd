package id.kotacerdas.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The submission slots of the survey benchmark, shared by {@link SurveySubmissionSimulation} and
 * {@link JdbcFloor} so that both write the same rows: for every region, smart dimension and k = 1..quota,
 * one response of nine answers 1-4 that are never all equal (straight-lined answers are flagged and do
 * not count toward the quota).
 *
 * <p>Slot {@code i} is ordered with k outermost, then the region, then the smart dimension: consecutive
 * slots, which concurrent clients send at the same time, fall on different regions' smart dimensions,
 * as submissions from citizens across the country would, instead of queueing on one slot's lock.
 */
final class SurveySlots {

    /** The smart dimensions of the survey and the first of their nine question numbers. */
    static final List<String> DIMENSIONS =
            List.of("GOVERNANCE", "BRANDING", "ECONOMY", "LIVING", "SOCIETY", "ENVIRONMENT");

    static final Map<String, Integer> FIRST_QUESTION =
            Map.of("GOVERNANCE", 50, "BRANDING", 59, "ECONOMY", 68, "LIVING", 77, "SOCIETY", 86, "ENVIRONMENT", 95);

    static final int QUESTIONS_PER_DIMENSION = 9;

    private final List<String> regions;
    private final int perSlot;

    SurveySlots(List<String> regions, int perSlot) {
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("no regions");
        }
        this.regions = List.copyOf(regions);
        this.perSlot = perSlot;
    }

    /** All submissions: regions x 6 smart dimensions x responses per smart dimension. */
    long total() {
        return (long) regions.size() * DIMENSIONS.size() * perSlot;
    }

    int regionCount() {
        return regions.size();
    }

    String region(long slot) {
        return regions.get((int) ((slot / DIMENSIONS.size()) % regions.size()));
    }

    String dimension(long slot) {
        return DIMENSIONS.get((int) (slot % DIMENSIONS.size()));
    }

    /** Nine answers 1-4, not all equal. */
    static short[] answers() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        short[] answers = new short[QUESTIONS_PER_DIMENSION];
        boolean allEqual;
        do {
            allEqual = true;
            for (int i = 0; i < answers.length; i++) {
                answers[i] = (short) (1 + random.nextInt(4));
                allEqual &= answers[i] == answers[0];
            }
        } while (allEqual);
        return answers;
    }

    /**
     * The request body of the public survey API: {"dimension":"...","formToken":"...","answers":{"50":4,...}}, the
     * token from the form fetched before.
     */
    static String body(String dimension, String formToken, short[] answers) {
        int first = FIRST_QUESTION.get(dimension);
        StringBuilder json = new StringBuilder(300)
                .append("{\"dimension\":\"")
                .append(dimension)
                .append("\",\"formToken\":\"")
                .append(formToken)
                .append("\",\"answers\":{");
        for (int i = 0; i < answers.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(first + i).append("\":").append(answers[i]);
        }
        return json.append("}}").toString();
    }
}
