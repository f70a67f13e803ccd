package id.kotacerdas.survey;

import id.kotacerdas.survey.SurveySummary.QuestionSummary;
import java.util.List;
import java.util.Map;

/**
 * The survey across all participants of a period: each region's counted responses per smart dimension, and
 * every statement's national score over all counted answers.
 */
public record NationalSurveySummary(
        int year, int quota, List<String> dimensions, List<RegionProgress> regions, List<QuestionSummary> questions) {

    public record RegionProgress(
            String regionCode,
            String regionName,
            Map<String, Integer> responses,
            int complete,
            int straightLined,
            int tooFast) {}

    public int responses() {
        return regions.stream()
                .mapToInt(r -> r.responses().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .sum();
    }

    public int flagged() {
        return regions.stream().mapToInt(r -> r.straightLined() + r.tooFast()).sum();
    }

    public long regionsComplete() {
        return regions.stream().filter(r -> r.complete() == dimensions.size()).count();
    }
}
