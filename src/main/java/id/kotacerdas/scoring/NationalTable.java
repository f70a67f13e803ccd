package id.kotacerdas.scoring;

import id.kotacerdas.scoring.domain.RegionScore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A period's national table: the lines in rank order, and each region's score with its explanation;
 * {@code assessed} when the results were computed from the period's own assessments (at finalization).
 */
public record NationalTable(
        int year,
        List<String> dimensions,
        List<NationalResultView> lines,
        Map<String, RegionScore> explanations,
        boolean assessed) {

    public Optional<NationalResultView> line(String regionCode) {
        return lines.stream().filter(l -> l.regionCode().equals(regionCode)).findFirst();
    }

    public int count(String track, String kind) {
        return (int) lines.stream()
                .filter(l -> track == null || l.track().equals(track))
                .filter(l -> kind == null || l.kind().equals(kind))
                .count();
    }
}
