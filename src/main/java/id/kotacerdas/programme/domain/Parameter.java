package id.kotacerdas.programme.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The four parameters a candidate region is assessed on (docs/method.md, section 8.3), in the order of the load's
 * columns. IKBT, IKB and IKH are index scores on 0..100; KKD is a category ({@link Kkd}) or a number on 0..100.
 */
public enum Parameter {
    /** Indeks Kota Berkinerja Tinggi (Kemendagri). */
    IKBT,
    /** Indeks Kota Berkelanjutan (Bappenas). */
    IKB,
    /** Indeks Kota Hijau (Kementerian PUPR). */
    IKH,
    /** Kemampuan Keuangan Daerah: TINGGI 3, SEDANG 2, RENDAH 1, or a number. */
    KKD;

    /** The lowest value a load accepts. */
    public static final BigDecimal MINIMUM = BigDecimal.ZERO;
    /** The highest value a load accepts: the indices are published on 0..100, and so is any smaller scale. */
    public static final BigDecimal MAXIMUM = BigDecimal.valueOf(100);
    /** The most decimals a value may have (numeric(9,6) in the database). */
    public static final int MAX_DECIMALS = 6;

    /** The parameter a column header names, ignoring case and spaces. */
    public static Optional<Parameter> ofColumn(String header) {
        String name = header == null ? "" : header.strip().toUpperCase(Locale.ROOT);
        for (Parameter p : values()) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
