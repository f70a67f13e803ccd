package id.kotacerdas.programme.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rubric a cohort's masterplans are scored on (docs/method.md, section 8.6): 1 to {@value #MAX_CRITERIA}
 * criteria, each scored 1 to 4 by every reviewer, each with a weight.
 *
 * <p>Weights are relative and <b>normalised</b>: each is a positive number with at most {@value #WEIGHT_DECIMALS}
 * decimals, up to 100, and a criterion counts {@code weight / sum of the weights}. So 1, 1, 1, 1, 1, 1 are six
 * equal weights (which no four-decimal weights summing to 1 can write), 20, 15, 25, ... are percentages, and 0.2,
 * 0.15, 0.25, ... summing to 1 count as they read. The default rubric ({@link #standard()}) has the six criteria of
 * the programme's guidance with equal weights.
 */
public record Rubric(List<RubricCriterion> criteria) {

    public static final int MAX_CRITERIA = 20;
    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    public static final int WEIGHT_DECIMALS = 4;
    public static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

    /** The decimals a criterion's share of the weights is shown with (the score itself is computed exactly). */
    public static final int SHARE_DECIMALS = 6;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** The default rubric's criteria, in order: code and name (Bahasa Indonesia, as the guidance names them). */
    private static final List<RubricCriterion> STANDARD = List.of(
            new RubricCriterion("RPJMD", "Keselarasan dengan RPJMD", BigDecimal.ONE),
            new RubricCriterion("ANALISIS", "Analisis kondisi daerah", BigDecimal.ONE),
            new RubricCriterion("DIMENSI", "Enam dimensi smart city", BigDecimal.ONE),
            new RubricCriterion("ROADMAP", "Roadmap dan rencana aksi", BigDecimal.ONE),
            new RubricCriterion("QUICK_WIN", "Program quick win", BigDecimal.ONE),
            new RubricCriterion("TATA_KELOLA", "Tata kelola implementasi", BigDecimal.ONE));

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /**
     * The default rubric of a cohort: alignment with the RPJMD, analysis of the region, the six smart dimensions,
     * roadmap and action plans, quick wins, governance of implementation; equal weights (1 each).
     */
    public static Rubric standard() {
        return new Rubric(STANDARD);
    }

    /**
     * The rubric as sent: every criterion checked, the codes upper-cased and unique.
     *
     * @throws InvalidInput on field {@code criteria}: {@code review.rubric.empty}, {@code .tooMany}, {@code
     *     .code}, {@code .duplicate}, {@code .name}, {@code .weight}
     */
    public static Rubric of(List<RubricCriterion> sent) {
        if (sent == null || sent.isEmpty()) {
            throw new InvalidInput("criteria", "review.rubric.empty", "A rubric has at least one criterion");
        }
        if (sent.size() > MAX_CRITERIA) {
            throw new InvalidInput(
                    "criteria", "review.rubric.tooMany", "A rubric has at most 20 criteria", MAX_CRITERIA);
        }
        Set<String> codes = new HashSet<>();
        List<RubricCriterion> checked = new ArrayList<>();
        for (RubricCriterion c : sent) {
            String code = c == null || c.code() == null ? "" : c.code().strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()
                    || code.length() > CODE_LENGTH
                    || !CODE.matcher(code).matches()) {
                throw new InvalidInput(
                        "criteria",
                        "review.rubric.code",
                        "A criterion's code is letters, digits and _ , starting with a letter, at most 40",
                        code);
            }
            if (!codes.add(code)) {
                throw new InvalidInput("criteria", "review.rubric.duplicate", "Criterion " + code + " twice", code);
            }
            String name = c.name() == null ? "" : c.name().strip();
            if (name.isEmpty() || name.length() > NAME_LENGTH) {
                throw new InvalidInput(
                        "criteria",
                        "review.rubric.name",
                        "Criterion " + code + " has no name, or one longer than 200 characters",
                        code);
            }
            BigDecimal weight = c.weight();
            if (weight == null
                    || weight.signum() <= 0
                    || weight.compareTo(MAX_WEIGHT) > 0
                    || weight.stripTrailingZeros().scale() > WEIGHT_DECIMALS) {
                throw new InvalidInput(
                        "criteria",
                        "review.rubric.weight",
                        "The weight of " + code + " must be above 0 and at most 100, with at most 4 decimals",
                        code,
                        weight == null ? "-" : weight.toPlainString());
            }
            checked.add(new RubricCriterion(code, name, plain(weight)));
        }
        return new Rubric(checked);
    }

    /** The sum of the weights: what each weight is divided by. */
    public BigDecimal totalWeight() {
        return plain(criteria.stream().map(RubricCriterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The criterion's share of the weights, {@value #SHARE_DECIMALS} decimals (half up), as shown. */
    public BigDecimal share(RubricCriterion criterion) {
        return plain(criterion.weight().divide(totalWeight(), SHARE_DECIMALS, RoundingMode.HALF_UP));
    }

    public Optional<RubricCriterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return criteria.stream().map(RubricCriterion::code).toList();
    }

    /** Without trailing zeros, never in exponent form. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
