package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the scoring method of docs/method.md over random weights and assessor panels. */
class ScoringEngineProperties {

    private static final int MAX_EXTRA_QUESTIONS = 30;
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    /** Random weights (thousandths summing to exactly 1) and questions covering every weighted dimension. */
    record Region(TrackWeights weights, List<AssessedQuestion> questions) {
        RegionScore score() {
            return ScoringEngine.fromAssessments(weights, questions, Map.of());
        }
    }

    @Property
    void weights_summing_to_one_keep_the_final_between_one_and_four(@ForAll("regions") Region region) {
        assertThat(region.weights().problems()).isEmpty();

        RegionScore score = region.score();

        assertThat(score.finalScore()).isBetween(ONE, FOUR);
        assertThat(score.dimensions()).allSatisfy(d -> assertThat(d.source()).isEqualTo(DimensionSource.QUESTIONS));
    }

    @Property
    void raising_one_assessor_score_never_lowers_the_final(
            @ForAll("regions") Region region,
            @ForAll int questionPick,
            @ForAll int assessorPick,
            @ForAll int raisePick) {
        List<AssessedQuestion> raised = new ArrayList<>(region.questions());
        int q = Math.floorMod(questionPick, raised.size());
        AssessedQuestion question = raised.get(q);
        List<Integer> scores = new ArrayList<>(question.assessorScores());
        int a = Math.floorMod(assessorPick, scores.size());
        int headroom = AssessedQuestion.MAX_SCORE - scores.get(a);
        scores.set(a, scores.get(a) + (headroom == 0 ? 0 : 1 + Math.floorMod(raisePick, headroom)));
        raised.set(q, new AssessedQuestion(question.no(), question.dimension(), scores));

        RegionScore before = region.score();
        RegionScore after = new Region(region.weights(), raised).score();

        assertThat(after.finalScore()).isGreaterThanOrEqualTo(before.finalScore());
    }

    @Property
    void permuting_the_assessors_of_every_question_changes_nothing(
            @ForAll("regions") Region region, @ForAll long seed) {
        Random random = new Random(seed);
        List<AssessedQuestion> permuted = new ArrayList<>();
        for (AssessedQuestion question : region.questions()) {
            List<Integer> scores = new ArrayList<>(question.assessorScores());
            Collections.shuffle(scores, random);
            permuted.add(new AssessedQuestion(question.no(), question.dimension(), scores));
        }

        RegionScore before = region.score();
        RegionScore after = new Region(region.weights(), permuted).score();

        assertThat(after.finalScore().compareTo(before.finalScore())).isZero();
        for (int i = 0; i < before.dimensions().size(); i++) {
            assertThat(after.dimensions()
                            .get(i)
                            .score()
                            .compareTo(before.dimensions().get(i).score()))
                    .isZero();
        }
    }

    @Provide
    Arbitrary<Region> regions() {
        return Arbitraries.integers()
                .between(1, 6)
                .flatMap(dimensions -> Combinators.combine(
                                weightsSummingToOne(dimensions),
                                panels().list().ofMinSize(dimensions).ofMaxSize(dimensions + MAX_EXTRA_QUESTIONS),
                                Arbitraries.integers()
                                        .between(0, dimensions - 1)
                                        .list()
                                        .ofSize(dimensions + MAX_EXTRA_QUESTIONS))
                        .as((weights, panels, extraDimensions) -> {
                            List<AssessedQuestion> questions = new ArrayList<>();
                            for (int i = 0; i < panels.size(); i++) {
                                int dimension = i < dimensions ? i : extraDimensions.get(i);
                                questions.add(new AssessedQuestion(i + 1, "D" + dimension, panels.get(i)));
                            }
                            return new Region(weights, questions);
                        }));
    }

    /** Cuts [0, 1] at random thousandths: the pieces are the weights of dimensions D0..D(n-1). */
    private static Arbitrary<TrackWeights> weightsSummingToOne(int dimensions) {
        return Arbitraries.integers()
                .between(0, 1000)
                .list()
                .ofSize(dimensions - 1)
                .map(cuts -> {
                    List<Integer> points = new ArrayList<>(cuts);
                    points.add(0);
                    points.add(1000);
                    Collections.sort(points);
                    Map<String, BigDecimal> weights = new LinkedHashMap<>();
                    for (int i = 0; i < dimensions; i++) {
                        weights.put("D" + i, BigDecimal.valueOf(points.get(i + 1) - points.get(i), 3));
                    }
                    return new TrackWeights("T", weights);
                });
    }

    /** One to seven assessors, each scoring 1 to 4. */
    private static Arbitrary<List<Integer>> panels() {
        return Arbitraries.integers()
                .between(AssessedQuestion.MIN_SCORE, AssessedQuestion.MAX_SCORE)
                .list()
                .ofMinSize(1)
                .ofMaxSize(7);
    }
}
