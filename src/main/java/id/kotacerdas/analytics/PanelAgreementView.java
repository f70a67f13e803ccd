package id.kotacerdas.analytics;

import id.kotacerdas.analytics.domain.Alpha;
import id.kotacerdas.analytics.domain.DimensionAgreement;
import id.kotacerdas.analytics.domain.PanelAgreement;
import id.kotacerdas.analytics.domain.SpreadQuestion;
import java.math.BigDecimal;
import java.util.List;

/**
 * The agreement between a region's assessors over their submitted scores: how many raters (assessors who submitted)
 * and items (questions scored by two or more), Krippendorff's alpha with the interval and the ordinal metric over
 * all questions and per dimension, the questions that spread most, and whether the interval alpha lies under the
 * floor. {@code alphaUndefined} says why alpha is null: FEWER_THAN_TWO_ASSESSORS or NO_VARIATION.
 */
public record PanelAgreementView(
        int year,
        String regionCode,
        String regionName,
        List<String> assessors,
        int raters,
        int items,
        Alpha krippendorffAlpha,
        String alphaUndefined,
        BigDecimal floor,
        boolean belowFloor,
        List<DimensionAgreement> dimensions,
        List<SpreadQuestion> mostSpread) {

    static PanelAgreementView of(
            int year, String region, String name, List<String> assessors, PanelAgreement agreement) {
        return new PanelAgreementView(
                year,
                region,
                name,
                assessors,
                agreement.raters(),
                agreement.items(),
                agreement.krippendorffAlpha(),
                undefinedBecause(agreement.raters(), agreement.krippendorffAlpha()),
                Alpha.FLOOR,
                agreement.belowFloor(),
                agreement.dimensions(),
                agreement.mostSpread());
    }

    static String undefinedBecause(int raters, Alpha alpha) {
        if (alpha.defined()) {
            return null;
        }
        return raters < 2 ? "FEWER_THAN_TWO_ASSESSORS" : "NO_VARIATION";
    }
}
