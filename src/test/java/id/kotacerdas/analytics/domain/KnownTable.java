package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A small national table whose distribution is worked out by hand (docs/method.md 10.5):
 *
 * <pre>
 * province 51 Bali            Kabupaten Badung     REGULER   3.08  improvement  0.11 (PUBLISHED)
 *                             Kota Denpasar        REGULER   3.35               0.10 (COMPUTED)
 *                             Kabupaten Tabanan    REGULER   3.00              -0.05 (COMPUTED)
 * province 12 Sumatera Utara  Kabupaten Karo       KPPN_IKN  2.26               0.10 (PUBLISHED)
 * province 33 Jawa Tengah     Kabupaten Kebumen    REGULER   2.50               none
 *                             Kota Surakarta       REGULER   4.00               0.40 (COMPUTED)
 *                             Kabupaten Cilacap    REGULER   no final (a participant without a result)
 * </pre>
 */
final class KnownTable {

    static final List<Distribution.Track> TRACKS =
            List.of(new Distribution.Track("REGULER", "Reguler"), new Distribution.Track("KPPN_IKN", "KPPN/IKN"));

    static final RegionFinal BADUNG =
            region("51.03", "Kabupaten Badung", "51", "Bali", "REGULER", "3.08", "0.11", "PUBLISHED");
    static final RegionFinal DENPASAR =
            region("51.71", "Kota Denpasar", "51", "Bali", "REGULER", "3.35", "0.10", "COMPUTED");
    static final RegionFinal TABANAN =
            region("51.02", "Kabupaten Tabanan", "51", "Bali", "REGULER", "3.00", "-0.05", "COMPUTED");
    static final RegionFinal KARO =
            region("12.06", "Kabupaten Karo", "12", "Sumatera Utara", "KPPN_IKN", "2.26", "0.10", "PUBLISHED");
    static final RegionFinal KEBUMEN =
            region("33.05", "Kabupaten Kebumen", "33", "Jawa Tengah", "REGULER", "2.50", null, null);
    static final RegionFinal SURAKARTA =
            region("33.72", "Kota Surakarta", "33", "Jawa Tengah", "REGULER", "4.00", "0.40", "COMPUTED");
    static final RegionFinal CILACAP =
            region("33.01", "Kabupaten Cilacap", "33", "Jawa Tengah", "REGULER", null, null, null);

    static final List<RegionFinal> ALL = List.of(BADUNG, DENPASAR, TABANAN, KARO, KEBUMEN, SURAKARTA, CILACAP);

    private KnownTable() {}

    static RegionFinal region(
            String code,
            String name,
            String province,
            String provinceName,
            String track,
            String finalScore,
            String improvement,
            String source) {
        return new RegionFinal(
                code,
                name,
                province,
                provinceName,
                track,
                finalScore == null ? null : new BigDecimal(finalScore),
                improvement == null ? null : new BigDecimal(improvement),
                source);
    }
}
