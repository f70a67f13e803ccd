package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The 2024 track weights of docs/method.md, as test data (the engine itself knows no dimension or weight). */
final class Weights2024 {

    static final TrackWeights REGULER =
            weights("REGULER", "BASELINE=0.10 OUTPUT=0.20 OUTCOME=0.30 IMPACT=0.20 QUICK_WIN=0.20");

    static final TrackWeights KPPN_IKN =
            weights("KPPN_IKN", "BASELINE=0.10 OUTPUT=0.20 OUTCOME=0.20 IMPACT=0.20 QUICK_WIN=0.20 COLLABORATION=0.10");

    private Weights2024() {}

    /** {@code weights("T", "A=0.5 B=0.5")}: space-separated code=weight pairs, in order. */
    static TrackWeights weights(String track, String codesAndWeights) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String pair : codesAndWeights.split(" ")) {
            String[] codeAndWeight = pair.split("=");
            weights.put(codeAndWeight[0], new BigDecimal(codeAndWeight[1]));
        }
        return new TrackWeights(track, weights);
    }
}
