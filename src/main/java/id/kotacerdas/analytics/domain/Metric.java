package id.kotacerdas.analytics.domain;

import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;

/**
 * Krippendorff's difference functions, as DKPro Statistics implements them. ORDINAL is Krippendorff's own:
 * δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)² over the marginal frequencies n_g of the pairable values
 * (DKPro's {@code OrdinalDistanceFunction} reproduces his worked example, 0.815; see docs/method.md 10.1).
 */
public enum Metric {
    NOMINAL(new NominalDistanceFunction()),
    ORDINAL(new OrdinalDistanceFunction()),
    INTERVAL(new IntervalDistanceFunction()),
    RATIO(new RatioDistanceFunction());

    private final IDistanceFunction distance;

    Metric(IDistanceFunction distance) {
        this.distance = distance;
    }

    IDistanceFunction distance() {
        return distance;
    }
}
