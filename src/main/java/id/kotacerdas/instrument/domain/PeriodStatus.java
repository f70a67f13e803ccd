package id.kotacerdas.instrument.domain;

import java.util.Optional;

/**
 * The life of an evaluation period: DRAFT → SELF_ASSESSMENT → ASSESSMENT → FINALIZED → PUBLISHED.
 * The instrument can be edited only while the period is a draft.
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

    public boolean instrumentFrozen() {
        return this != DRAFT;
    }

    public boolean resultsFrozen() {
        return this == FINALIZED || this == PUBLISHED;
    }
}
