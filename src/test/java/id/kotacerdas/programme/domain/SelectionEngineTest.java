package id.kotacerdas.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The selection method of docs/method.md, section 8.3, on the cases and the 2018 scale (165 → 50). */
class SelectionEngineTest {

    static final SelectionWeights EQUAL = SelectionWeights.equal();

    /** A candidate with IKBT, IKB, IKH and KKD as numbers; null leaves a parameter out. */
    static Candidate candidate(String code, Object ikbt, Object ikb, Object ikh, Object kkd) {
        Map<Parameter, BigDecimal> values = new EnumMap<>(Parameter.class);
        Object[] given = {ikbt, ikb, ikh, kkd};
        Kkd category = null;
        for (Parameter p : Parameter.values()) {
            Object v = given[p.ordinal()];
            if (v instanceof Kkd k) {
                category = k;
                values.put(p, k.value());
            } else if (v != null) {
                values.put(p, new BigDecimal(v.toString()));
            }
        }
        return new Candidate(code, values.size(), values, category);
    }

    static Map<String, Integer> none() {
        return Map.of();
    }

    @Test
    void of_165_generated_candidates_a_quota_of_50_proposes_exactly_the_50_highest_composites_computed_independently() {
        Random random = new Random(2018);
        Kkd[] kkd = Kkd.values();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 165; i++) {
            candidates.add(candidate(
                    String.format("%02d.%02d", 11 + i / 99, 1 + i % 99),
                    decimal(random, 35, 95),
                    decimal(random, 20, 80),
                    decimal(random, 0, 100),
                    kkd[random.nextInt(3)]));
        }
        SelectionWeights weights = SelectionWeights.from(Map.of(
                "IKBT",
                new BigDecimal("0.3"),
                "IKB",
                new BigDecimal("0.3"),
                "IKH",
                new BigDecimal("0.2"),
                "KKD",
                new BigDecimal("0.2")));

        // independently: the method as docs/method.md writes it, in the test's own code
        Map<Parameter, BigDecimal> min = new EnumMap<>(Parameter.class);
        Map<Parameter, BigDecimal> max = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            min.put(
                    p,
                    candidates.stream()
                            .map(c -> c.value(p))
                            .reduce(BigDecimal::min)
                            .orElseThrow());
            max.put(
                    p,
                    candidates.stream()
                            .map(c -> c.value(p))
                            .reduce(BigDecimal::max)
                            .orElseThrow());
        }
        Map<String, BigDecimal> composite = new HashMap<>();
        for (Candidate c : candidates) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Parameter p : Parameter.values()) {
                BigDecimal range = max.get(p).subtract(min.get(p));
                BigDecimal n = c.value(p).subtract(min.get(p)).divide(range, 6, RoundingMode.HALF_UP);
                sum = sum.add(weights.of(p).multiply(n));
            }
            composite.put(c.regionCode(), sum);
        }
        List<String> byComposite = composite.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(composite.get(byComposite.get(49)))
                .as("the generated data has no tie at the cut-off")
                .isGreaterThan(composite.get(byComposite.get(50)));

        SelectionRanking ranking = SelectionEngine.rank(candidates, weights, 50, none());

        assertThat(ranking.proposed()).hasSize(50);
        assertThat(ranking.proposed().stream().map(RankedCandidate::regionCode))
                .containsExactlyInAnyOrderElementsOf(byComposite.subList(0, 50));
        assertThat(ranking.cutoffTie()).isEmpty();
        ranking.candidates()
                .forEach(c -> assertThat(c.composite()).isEqualByComparingTo(composite.get(c.regionCode())));
        assertThat(ranking.candidates().get(0).regionCode()).isEqualTo(byComposite.get(0));
        assertThat(ranking.candidates().get(0).rank()).isEqualTo(1);
    }

    private static String decimal(Random random, int from, int to) {
        return BigDecimal.valueOf(from * 10_000L + random.nextInt((to - from) * 10_000 + 1), 4)
                .toPlainString();
    }

    @Test
    void a_candidate_missing_a_parameter_is_listed_as_incomplete_and_not_ranked_nor_in_the_normalisation() {
        SelectionRanking ranking = SelectionEngine.rank(
                List.of(
                        candidate("33.75", 80, 60, 70, Kkd.TINGGI),
                        candidate("33.05", 60, 40, 50, Kkd.RENDAH),
                        candidate("33.74", 99, null, 100, Kkd.TINGGI)),
                EQUAL,
                2,
                none());

        RankedCandidate incomplete = ranking.candidate("33.74").orElseThrow();
        assertThat(incomplete.status()).isEqualTo(RankedCandidate.Status.INCOMPLETE);
        assertThat(incomplete.rank()).isNull();
        assertThat(incomplete.composite()).isNull();
        assertThat(incomplete.proposed()).isFalse();
        assertThat(incomplete.missing()).containsExactly(Parameter.IKB);
        // the incomplete IKBT 99 is not the maximum: 80 is, so Pekalongan's IKBT normalises to 1
        RankedCandidate top = ranking.candidate("33.75").orElseThrow();
        assertThat(top.normalised().get(Parameter.IKBT)).isEqualByComparingTo("1");
        assertThat(top.composite()).isEqualByComparingTo("1");
        assertThat(ranking.proposed()).extracting(RankedCandidate::regionCode).containsExactly("33.75", "33.05");
        assertThat(ranking.candidates().get(2).regionCode()).isEqualTo("33.74");
    }

    @Test
    void a_tie_across_the_cut_off_is_reported_with_the_places_left_and_none_of_it_is_proposed() {
        SelectionRanking ranking = SelectionEngine.rank(
                List.of(
                        candidate("51.03", 90, 90, 90, 3),
                        candidate("51.71", 50, 50, 50, 2),
                        candidate("51.04", 50, 50, 50, 2),
                        candidate("51.02", 50, 50, 50, 2),
                        candidate("51.01", 10, 10, 10, 1)),
                EQUAL,
                3,
                none());

        assertThat(ranking.cutoffTie()).hasValueSatisfying(tie -> {
            assertThat(tie.rank()).isEqualTo(2);
            assertThat(tie.seats()).isEqualTo(2);
            assertThat(tie.regionCodes()).containsExactly("51.02", "51.04", "51.71");
            assertThat(tie.composite()).isEqualByComparingTo("0.5");
        });
        assertThat(ranking.proposed()).extracting(RankedCandidate::regionCode).containsExactly("51.03");
        assertThat(ranking.candidates().stream()
                        .filter(RankedCandidate::tiedAtCutoff)
                        .map(RankedCandidate::regionCode))
                .containsExactly("51.02", "51.04", "51.71");
        assertThat(ranking.candidate("51.01").orElseThrow().rank()).isEqualTo(5);
    }

    @Test
    void a_tie_wholly_within_the_quota_is_proposed_and_ranks_follow_competition_ranking() {
        SelectionRanking ranking = SelectionEngine.rank(
                List.of(
                        candidate("51.03", 90, 90, 90, 3),
                        candidate("51.71", 50, 50, 50, 2),
                        candidate("51.04", 50, 50, 50, 2),
                        candidate("51.01", 10, 10, 10, 1)),
                EQUAL,
                3,
                none());

        assertThat(ranking.candidates()).extracting(RankedCandidate::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranking.proposed()).hasSize(3);
        assertThat(ranking.cutoffTie()).isEmpty();
    }

    @Test
    void weights_that_do_not_sum_to_1_are_refused() {
        assertThatThrownBy(() -> SelectionWeights.from(Map.of(
                        "IKBT",
                        new BigDecimal("0.3"),
                        "IKB",
                        new BigDecimal("0.3"),
                        "IKH",
                        new BigDecimal("0.3"),
                        "KKD",
                        new BigDecimal("0.3"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("selection.weights.sum");
                    assertThat(e.field()).isEqualTo("weights");
                    assertThat(e.arguments()).containsExactly("1.2");
                });
        assertThatThrownBy(() -> SelectionWeights.from(Map.of(
                        "IKBT",
                        new BigDecimal("0.3333"),
                        "IKB",
                        new BigDecimal("0.3333"),
                        "IKH",
                        new BigDecimal("0.3333"),
                        "KKD",
                        BigDecimal.ZERO)))
                .hasMessageContaining("0.9999");
        assertThat(SelectionWeights.from(Map.of(
                                "IKBT",
                                new BigDecimal("0.3334"),
                                "IKB",
                                new BigDecimal("0.3333"),
                                "IKH",
                                new BigDecimal("0.3333"),
                                "KKD",
                                BigDecimal.ZERO))
                        .of(Parameter.KKD))
                .isZero();
    }

    @Test
    void weights_are_all_four_each_between_0_and_1_and_default_to_a_quarter() {
        assertThat(SelectionWeights.from(null).byName())
                .containsExactly(
                        entry("IKBT", new BigDecimal("0.25")),
                        entry("IKB", new BigDecimal("0.25")),
                        entry("IKH", new BigDecimal("0.25")),
                        entry("KKD", new BigDecimal("0.25")));
        assertThatThrownBy(() -> SelectionWeights.from(Map.of("IKBT", BigDecimal.ONE)))
                .hasFieldOrPropertyWithValue("messageKey", "selection.weights.missing");
        assertThatThrownBy(() -> SelectionWeights.from(Map.of(
                        "IKBT",
                        new BigDecimal("1.5"),
                        "IKB",
                        new BigDecimal("-0.5"),
                        "IKH",
                        BigDecimal.ZERO,
                        "KKD",
                        BigDecimal.ZERO)))
                .hasFieldOrPropertyWithValue("messageKey", "selection.weights.range");
        assertThatThrownBy(() -> SelectionWeights.from(Map.of("PDRB", BigDecimal.ONE)))
                .hasFieldOrPropertyWithValue("messageKey", "selection.weights.unknown");
    }

    @Test
    void when_every_candidate_has_the_same_value_that_parameter_normalises_to_1_for_all() {
        SelectionRanking ranking = SelectionEngine.rank(
                List.of(candidate("63.71", 40, 70, 55, Kkd.SEDANG), candidate("63.72", 80, 70, 55, Kkd.SEDANG)),
                EQUAL,
                1,
                none());

        for (RankedCandidate c : ranking.candidates()) {
            assertThat(c.normalised().get(Parameter.IKB)).isEqualByComparingTo("1");
            assertThat(c.normalised().get(Parameter.KKD)).isEqualByComparingTo("1");
        }
        assertThat(ranking.candidate("63.72").orElseThrow().composite()).isEqualByComparingTo("1");
        assertThat(ranking.candidate("63.71").orElseThrow().composite()).isEqualByComparingTo("0.75");
    }

    @Test
    void each_composite_is_explained_by_its_normalised_values_weights_and_products() {
        SelectionWeights weights = SelectionWeights.from(Map.of(
                "IKBT",
                new BigDecimal("0.4"),
                "IKB",
                new BigDecimal("0.3"),
                "IKH",
                new BigDecimal("0.2"),
                "KKD",
                new BigDecimal("0.1")));
        SelectionRanking ranking = SelectionEngine.rank(
                List.of(
                        candidate("33.75", 70, 50, 30, Kkd.SEDANG),
                        candidate("33.01", 40, 80, 90, Kkd.TINGGI),
                        candidate("33.02", 100, 20, 0, Kkd.RENDAH)),
                weights,
                1,
                none());

        RankedCandidate pekalongan = ranking.candidate("33.75").orElseThrow();
        // IKBT (70-40)/(100-40) = 0.5; IKB (50-20)/60 = 0.5; IKH 30/90 = 0.333333; KKD (2-1)/(3-1) = 0.5
        assertThat(pekalongan.normalised())
                .containsEntry(Parameter.IKBT, new BigDecimal("0.500000"))
                .containsEntry(Parameter.IKB, new BigDecimal("0.500000"))
                .containsEntry(Parameter.IKH, new BigDecimal("0.333333"))
                .containsEntry(Parameter.KKD, new BigDecimal("0.500000"));
        assertThat(pekalongan.products().get(Parameter.IKH)).isEqualByComparingTo("0.0666666");
        // 0.2 + 0.15 + 0.0666666 + 0.05
        assertThat(pekalongan.composite()).isEqualByComparingTo("0.4666666");
        assertThat(pekalongan.kkdCategory()).isEqualTo(Kkd.SEDANG);
        assertThat(pekalongan.values().get(Parameter.KKD)).isEqualByComparingTo("2");
    }

    @Test
    void regions_of_an_earlier_cohort_are_computed_and_marked_but_do_not_compete() {
        SelectionRanking ranking = SelectionEngine.rank(
                List.of(
                        candidate("33.75", 90, 90, 90, 3),
                        candidate("33.05", 60, 60, 60, 2),
                        candidate("33.01", 30, 30, 30, 1)),
                EQUAL,
                1,
                Map.of("33.75", 2017));

        RankedCandidate earlier = ranking.candidate("33.75").orElseThrow();
        assertThat(earlier.status()).isEqualTo(RankedCandidate.Status.EARLIER_COHORT);
        assertThat(earlier.earlierCohortYear()).isEqualTo(2017);
        assertThat(earlier.composite()).isEqualByComparingTo("1");
        assertThat(earlier.rank()).isNull();
        assertThat(earlier.proposed()).isFalse();
        assertThat(ranking.proposed()).extracting(RankedCandidate::regionCode).containsExactly("33.05");
        assertThat(ranking.candidate("33.05").orElseThrow().rank()).isEqualTo(1);
        assertThat(Set.copyOf(ranking.candidates().stream()
                        .map(RankedCandidate::regionCode)
                        .toList()))
                .hasSize(3);
    }

    @Test
    void the_distribution_of_each_parameter_gives_min_median_max_and_a_histogram_of_the_complete_candidates() {
        SelectionRanking ranking = SelectionEngine.rank(
                List.of(
                        candidate("11.01", 10, 1, 1, 1),
                        candidate("11.02", 20, 1, 1, 1),
                        candidate("11.03", 40, 1, 1, 1),
                        candidate("11.04", 90, 1, 1, 1),
                        candidate("11.05", null, 1, 1, 1)),
                EQUAL,
                2,
                none());

        Distribution ikbt = ranking.distributions().get(Parameter.IKBT);
        assertThat(ikbt.count()).isEqualTo(4);
        assertThat(ikbt.min()).isEqualByComparingTo("10");
        assertThat(ikbt.median()).isEqualByComparingTo("30");
        assertThat(ikbt.max()).isEqualByComparingTo("90");
        // normalised 0, 0.125, 0.375, 1
        assertThat(ikbt.bins()).containsExactly(1, 1, 0, 1, 0, 0, 0, 0, 0, 1);
    }
}
