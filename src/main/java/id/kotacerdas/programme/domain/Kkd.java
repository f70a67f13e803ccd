package id.kotacerdas.programme.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Kemampuan Keuangan Daerah as a category, and the number it stands for in the composite. */
public enum Kkd {
    TINGGI(3),
    SEDANG(2),
    RENDAH(1);

    private final BigDecimal value;

    Kkd(int value) {
        this.value = BigDecimal.valueOf(value);
    }

    public BigDecimal value() {
        return value;
    }

    /** The category written in a cell ({@code tinggi}, {@code SEDANG}), or empty when it names none. */
    public static Optional<Kkd> of(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Kkd k : values()) {
            if (k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
