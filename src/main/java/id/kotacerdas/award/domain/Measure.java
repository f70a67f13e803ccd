package id.kotacerdas.award.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.Locale;

/**
 * What an award category ranks (docs/method.md, section 8.4): the final (<i>nilai final</i>), one dimension of the
 * instrument, the Outcome questions of one smart dimension, or the improvement on last year's final.
 */
public enum Measure {
    /** The final, as the national table shows it (2 decimals). */
    FINAL(false),
    /** One dimension's score (e.g. OUTCOME), as the national table shows it (2 decimals). */
    DIMENSION(true),
    /** The mean of the scores of the Outcome questions of one smart dimension (e.g. GOVERNANCE), half up to 2. */
    SMART_DIMENSION_OUTCOME(true),
    /** This year's final minus last year's (or the published improvement), as the national table shows it. */
    IMPROVEMENT(false);

    private final boolean hasSubject;

    Measure(boolean hasSubject) {
        this.hasSubject = hasSubject;
    }

    /** Whether the category names what it ranks of the measure: the dimension, or the smart dimension. */
    public boolean hasSubject() {
        return hasSubject;
    }

    /** The measure of this code, any case; InvalidInput {@code award.measure} otherwise. */
    public static Measure of(String code) {
        if (code != null) {
            for (Measure m : values()) {
                if (m.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                    return m;
                }
            }
        }
        throw new InvalidInput("measure", "award.measure", "Unknown measure " + code, String.valueOf(code));
    }
}
