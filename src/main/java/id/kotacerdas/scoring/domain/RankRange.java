package id.kotacerdas.scoring.domain;

/**
 * How far a region's rank moves when the weights move (docs/method.md 10.3): its rank under the published weights
 * and the best (lowest number) and worst rank it takes under the perturbed weights, nationally and within its track.
 * Always {@code low ≤ rank ≤ high}.
 *
 * @param rank national rank under the published weights
 * @param low best national rank under any perturbed weights tried
 * @param high worst national rank under any perturbed weights tried
 * @param trackRank rank within the region's track under the published weights
 * @param trackLow best rank within the track
 * @param trackHigh worst rank within the track
 */
public record RankRange(int rank, int low, int high, int trackRank, int trackLow, int trackHigh) {

    public RankRange {
        if (low > rank || rank > high || trackLow > trackRank || trackRank > trackHigh) {
            throw new IllegalArgumentException("a rank outside its range: " + rank + " (" + low + "-" + high
                    + "), in track " + trackRank + " (" + trackLow + "-" + trackHigh + ")");
        }
    }
}
