package id.kotacerdas.scoring.table;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A score cell of the published table after {@link DecimalCell#parse(String)}: {@link Empty}, a {@link Dash},
 * a {@link Value} or {@link Invalid}. The published table distinguishes empty cells from dashes, so they are
 * kept apart here; what each means is the caller's decision.
 */
public sealed interface ParsedDecimal
        permits ParsedDecimal.Empty, ParsedDecimal.Dash, ParsedDecimal.Value, ParsedDecimal.Invalid {

    /** The four outcomes, for a {@code switch} in Java 17. */
    enum Kind {
        EMPTY,
        DASH,
        VALUE,
        INVALID
    }

    Kind kind();

    /** The number when this is a {@link Value}, else empty. */
    default Optional<BigDecimal> number() {
        return this instanceof Value value ? Optional.of(value.value()) : Optional.empty();
    }

    /** A {@code null} or blank cell. */
    record Empty() implements ParsedDecimal {
        @Override
        public Kind kind() {
            return Kind.EMPTY;
        }
    }

    /** A cell holding only a dash ({@code -}, {@code –} or {@code —}). */
    record Dash() implements ParsedDecimal {
        @Override
        public Kind kind() {
            return Kind.DASH;
        }
    }

    /**
     * A number, exactly as written (scale kept, no rounding): {@code "2,80"} is {@code 2.80}.
     *
     * @param value the number
     */
    record Value(BigDecimal value) implements ParsedDecimal {
        public Value {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Kind kind() {
            return Kind.VALUE;
        }
    }

    /**
     * Text that is not a score.
     *
     * @param raw the cell as written
     * @param reason why it was refused, in English
     */
    record Invalid(String raw, String reason) implements ParsedDecimal {
        public Invalid {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Kind kind() {
            return Kind.INVALID;
        }
    }
}
