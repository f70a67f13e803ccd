package id.kotacerdas.analytics.domain;

import java.util.function.Supplier;
import org.dkpro.statistics.agreement.distance.CachedDistanceFunction;
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
    NOMINAL(NominalDistanceFunction::new),
    ORDINAL(OrdinalDistanceFunction::new),
    INTERVAL(IntervalDistanceFunction::new),
    RATIO(RatioDistanceFunction::new);

    private final Supplier<IDistanceFunction> distance;

    Metric(Supplier<IDistanceFunction> distance) {
        this.distance = distance;
    }

    /**
     * The difference function for one study, remembering each pair of values it measured (DKPro's ordinal function
     * counts the study's values on every call): a new one per study, since the ordinal differences depend on it.
     */
    IDistanceFunction forOneStudy() {
        return new CachedDistanceFunction(distance.get());
    }
}
