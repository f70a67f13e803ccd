package id.kotacerdas.analytics.domain;

import java.util.List;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;

/**
 * Krippendorff's alpha = 1 − D_o / D_e over units (questions) coded by raters (assessors), computed by DKPro
 * Statistics' {@code KrippendorffAlphaAgreement}. A unit is a row of values by rater, null where the rater gave
 * none; a unit with fewer than two values is not pairable and left out, as Krippendorff defines it.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {}

    /** Alpha with the interval and the ordinal metric, shown to 3 decimals; undefined where DKPro finds no data. */
    public static Alpha of(List<Integer[]> units, int raters) {
        CodingAnnotationStudy study = study(units, raters);
        return Alpha.of(alpha(study, Metric.INTERVAL), alpha(study, Metric.ORDINAL));
    }

    /**
     * Alpha at full precision, or NaN when it is undefined: fewer than two raters, no pairable unit, or a single
     * value among all pairable ones (no expected disagreement, so nothing to agree on).
     */
    public static double with(List<Integer[]> units, int raters, Metric metric) {
        return alpha(study(units, raters), metric);
    }

    /** The pairable units as DKPro's study; null below two raters. */
    private static CodingAnnotationStudy study(List<Integer[]> units, int raters) {
        if (raters < 2) {
            return null;
        }
        CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
        for (Integer[] unit : units) {
            if (unit.length != raters) {
                throw new IllegalArgumentException("A unit has " + unit.length + " values for " + raters + " raters");
            }
            if (pairable(unit)) {
                study.addItemAsArray(unit.clone());
            }
        }
        return study;
    }

    private static double alpha(CodingAnnotationStudy study, Metric metric) {
        if (study == null || study.getItemCount() == 0) {
            return Double.NaN;
        }
        try {
            return new KrippendorffAlphaAgreement(study, metric.forOneStudy()).calculateAgreement();
        } catch (InsufficientDataException e) {
            return Double.NaN;
        }
    }

    static boolean pairable(Integer[] unit) {
        int values = 0;
        for (Integer value : unit) {
            if (value != null) {
                values++;
            }
        }
        return values >= 2;
    }
}
