package id.kotacerdas.monitoring.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How far an institution (Dewan Smart City, Tim Pelaksana, a forum) has come, recorded as its target and
 * realisation: 0 not formed, 1 formed (terbentuk), 2 active (terbentuk dan menjalankan fungsinya). The numbers
 * order the stages, so an institution's status follows the usual rule: tercapai when the stage reached is at least
 * the stage planned for the year.
 */
public enum InstitutionStage {
    NOT_FORMED,
    FORMED,
    ACTIVE;

    /** The stage a recorded value stands for; empty for any value other than 0, 1 or 2. */
    public static Optional<InstitutionStage> of(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        int stage = value.intValue();
        return stage < values().length ? Optional.of(values()[stage]) : Optional.empty();
    }

    public BigDecimal value() {
        return BigDecimal.valueOf(ordinal());
    }
}
