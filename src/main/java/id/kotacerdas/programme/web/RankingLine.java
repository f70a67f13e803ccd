package id.kotacerdas.programme.web;

import id.kotacerdas.programme.Mou;
import id.kotacerdas.programme.SelectionDetail;
import id.kotacerdas.programme.domain.CohortOverride;
import id.kotacerdas.programme.domain.Parameter;
import id.kotacerdas.programme.domain.RankedCandidate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate in the ranking as the API answers it.
 *
 * @param composite rounded half up to 4 decimals for reading; {@code explanation.composite} is the exact value the
 *     ranking compares
 * @param rank competition rank among the ranked candidates (null for those in an earlier cohort and incomplete
 *     ones)
 * @param selected proposed before the confirmation; in the cohort after it
 * @param status RANKED, EARLIER_COHORT or INCOMPLETE
 * @param override the confirmed override of this candidate, with its reason (null when none)
 */
record RankingLine(
        String regionCode,
        String regionName,
        BigDecimal composite,
        Integer rank,
        boolean selected,
        String status,
        boolean proposed,
        boolean tiedAtCutoff,
        Integer earlierCohortYear,
        List<Parameter> missing,
        CohortOverride override,
        Mou mou,
        Explanation explanation) {

    /** How the composite was computed: Σ weight × normalised value over the four parameters. */
    record Explanation(BigDecimal composite, List<Term> terms) {}

    /** One parameter's part: the value loaded (and KKD's category), normalised, its weight and the product. */
    record Term(
            Parameter parameter,
            BigDecimal value,
            String category,
            BigDecimal normalised,
            BigDecimal weight,
            BigDecimal product) {}

    static List<RankingLine> of(SelectionDetail detail) {
        List<RankingLine> lines = new ArrayList<>();
        for (RankedCandidate c : detail.candidates()) {
            lines.add(new RankingLine(
                    c.regionCode(),
                    detail.name(c.regionCode()),
                    c.composite() == null ? null : c.composite().setScale(4, RoundingMode.HALF_UP),
                    c.rank(),
                    detail.selected(c),
                    c.status().name(),
                    c.proposed(),
                    c.tiedAtCutoff(),
                    c.earlierCohortYear(),
                    c.missing(),
                    detail.overrides().get(c.regionCode()),
                    detail.mous().get(c.regionCode()),
                    explanation(detail, c)));
        }
        return lines;
    }

    private static Explanation explanation(SelectionDetail detail, RankedCandidate c) {
        List<Term> terms = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            terms.add(new Term(
                    p,
                    c.values().get(p),
                    p == Parameter.KKD && c.kkdCategory() != null
                            ? c.kkdCategory().name()
                            : null,
                    c.normalised().get(p),
                    detail.ranking().weights().of(p),
                    c.products().get(p) == null ? null : c.products().get(p).stripTrailingZeros()));
        }
        return new Explanation(c.composite() == null ? null : c.composite().stripTrailingZeros(), terms);
    }
}
