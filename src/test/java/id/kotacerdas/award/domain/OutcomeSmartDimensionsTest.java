package id.kotacerdas.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.support.TestData;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Outcome questions of each smart dimension, read from the instrument's headings: in 2024 each smart
 * dimension's programmes open with "Program Smart … di tahun berjalan"; the action plans (46-49) belong to none.
 */
class OutcomeSmartDimensionsTest {

    @Test
    void the_2024_instrument_gives_each_smart_dimension_its_outcome_questions() {
        Map<String, SmartDimensionQuestions> smart = OutcomeSmartDimensions.of(instrument2024());

        assertThat(smart.keySet())
                .containsExactly("GOVERNANCE", "BRANDING", "ECONOMY", "LIVING", "SOCIETY", "ENVIRONMENT");
        assertThat(smart.get("GOVERNANCE").name()).isEqualTo("Smart Governance");
        assertThat(smart.get("GOVERNANCE").questions()).containsExactlyElementsOf(range(17, 22));
        assertThat(smart.get("BRANDING").questions()).containsExactlyElementsOf(range(23, 26));
        assertThat(smart.get("ECONOMY").questions()).containsExactlyElementsOf(range(27, 29));
        assertThat(smart.get("LIVING").questions()).containsExactlyElementsOf(range(30, 36));
        assertThat(smart.get("SOCIETY").questions()).containsExactlyElementsOf(range(37, 42));
        assertThat(smart.get("ENVIRONMENT").questions()).containsExactlyElementsOf(range(43, 45));
        assertThat(smart.values().stream().flatMap(s -> s.questions().stream()))
                .doesNotContain(46, 47, 48, 49)
                .as("the Impact questions name smart dimensions too, but only Outcome questions count")
                .doesNotContain(50, 58);
    }

    @Test
    void a_change_of_indicator_ends_a_smart_dimension_and_other_dimensions_are_ignored() {
        List<QuestionLine> questions = List.of(
                new QuestionLine(1, "OUTCOME", "Program", "Program Smart Economy di tahun berjalan"),
                new QuestionLine(2, "OUTCOME", "Program", "Kemudahan Berusaha"),
                new QuestionLine(3, "OUTCOME", "Rencana Aksi", "Literasi"),
                new QuestionLine(4, "IMPACT", "Smart Living", "Layanan kesehatan"),
                new QuestionLine(5, "OUTCOME", "Program", "Wajah Kota"));

        Map<String, SmartDimensionQuestions> smart = OutcomeSmartDimensions.of(questions);

        assertThat(smart).containsOnlyKeys("ECONOMY");
        assertThat(smart.get("ECONOMY").questions()).containsExactly(1, 2);
    }

    private static List<QuestionLine> instrument2024() {
        return TestData.tsvRows(TestData.INSTRUMENT_2024).stream()
                .map(c -> new QuestionLine(Integer.parseInt(c[0]), c[1], c[2], c[3]))
                .toList();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
