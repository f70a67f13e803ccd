package id.kotacerdas.programme.domain;

import java.math.BigDecimal;

/**
 * One criterion of a masterplan rubric: its code (upper-case letters, digits and underscores, e.g. {@code RPJMD}),
 * its name as reviewers and regions read it, and its weight relative to the rubric's other criteria (the rubric's
 * weights are normalised: a criterion counts {@code weight / sum of weights}, see {@link Rubric}).
 */
public record RubricCriterion(String code, String name, BigDecimal weight) {}
