package id.kotacerdas.instrument;

import java.util.Optional;

/**
 * The stage of an evaluation period: DRAFT → SELF_ASSESSMENT → ASSESSMENT → FINALIZED → PUBLISHED. Other
 * modules ask it what the stage allows instead of comparing names.
 */
public enum PeriodStatus {
    DRAFT,
    SELF_ASSESSMENT,
    ASSESSMENT,
    FINALIZED,
    PUBLISHED;

    public Optional<PeriodStatus> next() {
        int next = ordinal() + 1;
        return next < values().length ? Optional.of(values()[next]) : Optional.empty();
    }

    /** Questions, weights, tracks and survey statements change only while the period is a draft. */
    public boolean instrumentFrozen() {
        return this != DRAFT;
    }

    /** Regions fill their self-assessment (within the period's dates). */
    public boolean selfAssessmentOpen() {
        return this == SELF_ASSESSMENT;
    }

    /** A region may be given more time for its self-assessment (an extension runs only in these stages). */
    public boolean selfAssessmentExtensible() {
        return this == SELF_ASSESSMENT || this == ASSESSMENT;
    }

    /** Assessors score, revise and write findings. */
    public boolean scoringOpen() {
        return this == ASSESSMENT;
    }

    /** Citizens answer the impact survey. */
    public boolean surveyOpen() {
        return this == SELF_ASSESSMENT || this == ASSESSMENT;
    }

    /** Results are computed and frozen: they change only as corrections, and the period's records are closed. */
    public boolean resultsFrozen() {
        return this == FINALIZED || this == PUBLISHED;
    }

    /** Results computed from the period's own assessments are public. */
    public boolean resultsPublic() {
        return this == PUBLISHED;
    }
}
