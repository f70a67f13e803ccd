package id.kotacerdas.programme.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The selection method of docs/method.md, section 8.3, applied exactly:
 *
 * <ol>
 *   <li>Only complete candidates (all four parameters) are computed; the others are listed as incomplete.
 *   <li>Each parameter is min-max normalised over the complete candidates: (value − min) / (max − min), rounded
 *       half up to {@value #NORMALISED_DECIMALS} decimals; when every complete candidate has the same value
 *       (max = min) each gets 1 for that parameter, so it neither helps nor hurts anyone.
 *   <li>Composite = Σ weight × normalised value, exact (no further rounding), so it is in 0..1.
 *   <li>Candidates already in an earlier cohort are computed but do not compete.
 *   <li>The others are ranked by composite, higher first, with competition ranking: equal composites share a
 *       rank and the next rank skips ("1, 2, 2, 4").
 *   <li>The candidates whose whole tie group lies within the quota are proposed; a group that straddles the
 *       cut-off is reported as a tie for the administrator to decide, none of it proposed.
 * </ol>
 */
public final class SelectionEngine {

    /** The decimals of a normalised value. */
    public static final int NORMALISED_DECIMALS = 6;

    private SelectionEngine() {}

    /**
     * @param earlierCohorts the regions already in an earlier cohort, with that cohort's year
     * @throws InvalidInput when the quota is not positive ({@code selection.quota.invalid})
     */
    public static SelectionRanking rank(
            List<Candidate> candidates, SelectionWeights weights, int quota, Map<String, Integer> earlierCohorts) {
        if (quota < 1) {
            throw new InvalidInput("quota", "selection.quota.invalid", "The quota must be at least 1");
        }
        List<Candidate> complete =
                candidates.stream().filter(Candidate::complete).toList();
        Map<Parameter, BigDecimal> min = new EnumMap<>(Parameter.class);
        Map<Parameter, BigDecimal> max = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            complete.stream()
                    .map(c -> c.value(p))
                    .min(Comparator.naturalOrder())
                    .ifPresent(v -> min.put(p, v));
            complete.stream()
                    .map(c -> c.value(p))
                    .max(Comparator.naturalOrder())
                    .ifPresent(v -> max.put(p, v));
        }

        List<Computed> computed = new ArrayList<>();
        for (Candidate c : complete) {
            Map<Parameter, BigDecimal> normalised = new EnumMap<>(Parameter.class);
            Map<Parameter, BigDecimal> products = new EnumMap<>(Parameter.class);
            BigDecimal composite = BigDecimal.ZERO;
            for (Parameter p : Parameter.values()) {
                BigDecimal n = normalise(c.value(p), min.get(p), max.get(p));
                BigDecimal product = weights.of(p).multiply(n);
                normalised.put(p, n);
                products.put(p, product);
                composite = composite.add(product);
            }
            computed.add(new Computed(c, normalised, products, composite, earlierCohorts.get(c.regionCode())));
        }
        Comparator<Computed> byComposite = Comparator.comparing(Computed::composite, Comparator.reverseOrder())
                .thenComparing(x -> x.candidate().regionCode());
        List<Computed> competing = computed.stream()
                .filter(x -> x.earlierCohort() == null)
                .sorted(byComposite)
                .toList();

        List<RankedCandidate> out = new ArrayList<>();
        CutoffTie tie = null;
        int proposedSoFar = 0;
        for (int i = 0; i < competing.size(); ) {
            BigDecimal composite = competing.get(i).composite();
            int end = i;
            while (end < competing.size() && competing.get(end).composite().compareTo(composite) == 0) {
                end++;
            }
            int rank = i + 1;
            int lastRank = end; // the rank the group would reach if its ties were broken
            boolean within = lastRank <= quota;
            boolean straddles = rank <= quota && lastRank > quota && end - i > 1;
            List<Computed> group = competing.subList(i, end);
            if (straddles) {
                tie = new CutoffTie(
                        rank,
                        composite,
                        quota - proposedSoFar,
                        group.stream().map(x -> x.candidate().regionCode()).toList());
            }
            for (Computed x : group) {
                out.add(x.ranked(RankedCandidate.Status.RANKED, rank, within, straddles));
            }
            if (within) {
                proposedSoFar += group.size();
            }
            i = end;
        }
        computed.stream()
                .filter(x -> x.earlierCohort() != null)
                .sorted(byComposite)
                .forEach(x -> out.add(x.ranked(RankedCandidate.Status.EARLIER_COHORT, null, false, false)));
        candidates.stream()
                .filter(c -> !c.complete())
                .sorted(Comparator.comparingInt(Candidate::line))
                .forEach(c -> out.add(new RankedCandidate(
                        c.regionCode(),
                        c.line(),
                        RankedCandidate.Status.INCOMPLETE,
                        c.values(),
                        c.kkdCategory(),
                        c.missing(),
                        Map.of(),
                        Map.of(),
                        null,
                        null,
                        false,
                        false,
                        earlierCohorts.get(c.regionCode()))));

        Map<Parameter, Distribution> distributions = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            distributions.put(p, distribution(p, computed));
        }
        return new SelectionRanking(weights, quota, out, distributions, tie);
    }

    /** (value − min) / (max − min), half up to six decimals; 1 when max = min. */
    public static BigDecimal normalise(BigDecimal value, BigDecimal min, BigDecimal max) {
        BigDecimal range = max.subtract(min);
        if (range.signum() == 0) {
            return BigDecimal.ONE.setScale(NORMALISED_DECIMALS);
        }
        return value.subtract(min).divide(range, NORMALISED_DECIMALS, RoundingMode.HALF_UP);
    }

    private static Distribution distribution(Parameter p, List<Computed> computed) {
        List<BigDecimal> values =
                computed.stream().map(x -> x.candidate().value(p)).sorted().toList();
        List<Integer> bins = new ArrayList<>();
        for (int b = 0; b < Distribution.BINS; b++) {
            bins.add(0);
        }
        for (Computed x : computed) {
            int bin = x.normalised().get(p).multiply(BigDecimal.TEN).intValue();
            bin = Math.min(bin, Distribution.BINS - 1);
            bins.set(bin, bins.get(bin) + 1);
        }
        if (values.isEmpty()) {
            return new Distribution(0, null, null, null, bins);
        }
        int n = values.size();
        BigDecimal median = n % 2 == 1
                ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2));
        return new Distribution(n, values.get(0), median, values.get(n - 1), bins);
    }

    private record Computed(
            Candidate candidate,
            Map<Parameter, BigDecimal> normalised,
            Map<Parameter, BigDecimal> products,
            BigDecimal composite,
            Integer earlierCohort) {

        RankedCandidate ranked(RankedCandidate.Status status, Integer rank, boolean proposed, boolean tied) {
            return new RankedCandidate(
                    candidate.regionCode(),
                    candidate.line(),
                    status,
                    candidate.values(),
                    candidate.kkdCategory(),
                    List.of(),
                    normalised,
                    products,
                    composite,
                    rank,
                    proposed,
                    tied,
                    earlierCohort);
        }
    }
}
