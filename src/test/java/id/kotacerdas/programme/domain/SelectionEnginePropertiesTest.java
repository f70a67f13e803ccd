package id.kotacerdas.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** What holds for any candidates and any weights: the engine's bounds and its order. */
class SelectionEnginePropertiesTest {

    @Provide
    Arbitrary<List<Candidate>> candidates() {
        Arbitrary<BigDecimal> value = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                .ofScale(2)
                .injectDuplicates(0.2);
        Arbitrary<BigDecimal> maybe = Arbitraries.frequencyOf(Tuple.of(12, value), Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<List<Candidate>> one = Combinators.combine(maybe, maybe, maybe, maybe)
                .as((a, b, c, d) -> {
                    Map<Parameter, BigDecimal> values = new EnumMap<>(Parameter.class);
                    BigDecimal[] given = {a, b, c, d};
                    for (Parameter p : Parameter.values()) {
                        if (given[p.ordinal()] != null) {
                            values.put(p, given[p.ordinal()]);
                        }
                    }
                    return values;
                })
                .list()
                .ofMinSize(1)
                .ofMaxSize(40)
                .map(list -> {
                    List<Candidate> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        out.add(new Candidate(
                                String.format("%02d.%02d", 11 + i / 50, 1 + i % 50), i + 2, list.get(i), null));
                    }
                    return out;
                });
        return one;
    }

    @Provide
    Arbitrary<SelectionWeights> weights() {
        // four parts of 10,000 that add up to 10,000
        return Arbitraries.integers().between(0, 10_000).list().ofSize(3).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(cuts);
            sorted.sort(null);
            int[] edges = {0, sorted.get(0), sorted.get(1), sorted.get(2), 10_000};
            Map<String, BigDecimal> w = new LinkedHashMap<>();
            for (Parameter p : Parameter.values()) {
                w.put(p.name(), BigDecimal.valueOf(edges[p.ordinal() + 1] - edges[p.ordinal()], 4));
            }
            return SelectionWeights.from(w);
        });
    }

    @Property(tries = 200)
    void every_composite_lies_in_0_to_1_and_is_the_sum_of_its_products(
            @ForAll("candidates") List<Candidate> candidates,
            @ForAll("weights") SelectionWeights weights,
            @ForAll @IntRange(min = 1, max = 70) int quota) {
        SelectionRanking ranking = SelectionEngine.rank(candidates, weights, quota, Map.of());

        for (RankedCandidate c : ranking.candidates()) {
            if (c.status() == RankedCandidate.Status.INCOMPLETE) {
                assertThat(c.composite()).isNull();
                continue;
            }
            assertThat(c.composite()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(c.products().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(c.composite());
            for (Parameter p : Parameter.values()) {
                assertThat(c.products().get(p))
                        .isEqualByComparingTo(
                                weights.of(p).multiply(c.normalised().get(p)));
            }
        }
    }

    @Property(tries = 200)
    void normalised_values_lie_in_0_to_1_the_smallest_value_gives_0_and_the_largest_1(
            @ForAll("candidates") List<Candidate> candidates) {
        SelectionRanking ranking = SelectionEngine.rank(candidates, SelectionWeights.equal(), 1, Map.of());
        List<RankedCandidate> complete = ranking.candidates().stream()
                .filter(c -> c.status() != RankedCandidate.Status.INCOMPLETE)
                .toList();

        for (Parameter p : Parameter.values()) {
            for (RankedCandidate c : complete) {
                assertThat(c.normalised().get(p)).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            }
            if (complete.isEmpty()) {
                continue;
            }
            BigDecimal min = complete.stream()
                    .map(c -> c.values().get(p))
                    .reduce(BigDecimal::min)
                    .orElseThrow();
            BigDecimal max = complete.stream()
                    .map(c -> c.values().get(p))
                    .reduce(BigDecimal::max)
                    .orElseThrow();
            for (RankedCandidate c : complete) {
                if (c.values().get(p).compareTo(max) == 0) {
                    assertThat(c.normalised().get(p)).isEqualByComparingTo(BigDecimal.ONE);
                } else if (c.values().get(p).compareTo(min) == 0) {
                    assertThat(c.normalised().get(p)).isEqualByComparingTo(BigDecimal.ZERO);
                }
            }
        }
    }

    @Property(tries = 200)
    void the_ranking_runs_from_the_highest_composite_with_competition_ranks_and_proposes_at_most_the_quota(
            @ForAll("candidates") List<Candidate> candidates,
            @ForAll("weights") SelectionWeights weights,
            @ForAll @IntRange(min = 1, max = 70) int quota) {
        SelectionRanking ranking = SelectionEngine.rank(candidates, weights, quota, Map.of());
        List<RankedCandidate> ranked = ranking.candidates().stream()
                .filter(c -> c.status() == RankedCandidate.Status.RANKED)
                .toList();

        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).composite())
                    .isLessThanOrEqualTo(ranked.get(i - 1).composite());
        }
        for (RankedCandidate c : ranked) {
            long higher = ranked.stream()
                    .filter(o -> o.composite().compareTo(c.composite()) > 0)
                    .count();
            assertThat(c.rank()).isEqualTo((int) higher + 1);
            if (c.proposed()) {
                long atLeast = ranked.stream()
                        .filter(o -> o.composite().compareTo(c.composite()) >= 0)
                        .count();
                assertThat(atLeast).isLessThanOrEqualTo(quota);
            }
        }
        long proposed = ranking.proposed().size();
        assertThat(proposed).isLessThanOrEqualTo(quota);
        int seats = ranking.cutoffTie().map(CutoffTie::seats).orElse(0);
        assertThat(proposed + seats).isEqualTo(Math.min(quota, ranked.size()));
        ranking.cutoffTie()
                .ifPresent(tie -> assertThat(tie.regionCodes().size()).isGreaterThan(tie.seats()));
    }
}
