package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How a period's finals are distributed: the histogram, a summary per track (in the instrument's order) and per
 * province (by province code, only provinces with a region in the table), and every region with an improvement
 * ranked (the leaders are taken from that ranking). Computed from the national table as it stands.
 *
 * @param regions the regions of the table with a final: every bin, every track summary and every province summary
 *     add up to it
 */
public record Distribution(
        int regions,
        Histogram histogram,
        List<GroupSummary> byTrack,
        List<GroupSummary> byProvince,
        List<ImprovementLeaders.Leader> improvements) {

    /** A track of the period: its code and its name. */
    public record Track(String code, String name) {}

    public Distribution {
        byTrack = List.copyOf(byTrack);
        byProvince = List.copyOf(byProvince);
        improvements = List.copyOf(improvements);
    }

    public static Distribution of(List<RegionFinal> table, List<Track> tracks) {
        List<RegionFinal> withFinal =
                table.stream().filter(RegionFinal::hasFinal).toList();
        Histogram histogram =
                Histogram.of(withFinal, tracks.stream().map(Track::code).toList());
        List<GroupSummary> byTrack = new ArrayList<>();
        for (Track track : tracks) {
            byTrack.add(GroupSummary.of(
                    track.code(),
                    track.name(),
                    finals(withFinal, r -> track.code().equals(r))));
        }
        Map<String, List<RegionFinal>> provinces = new LinkedHashMap<>();
        withFinal.stream()
                .sorted(Comparator.comparing(RegionFinal::provinceCode))
                .forEach(r -> provinces
                        .computeIfAbsent(r.provinceCode(), c -> new ArrayList<>())
                        .add(r));
        List<GroupSummary> byProvince = provinces.values().stream()
                .map(regions -> GroupSummary.of(
                        regions.get(0).provinceCode(),
                        regions.get(0).provinceName(),
                        regions.stream().map(RegionFinal::finalScore).toList()))
                .toList();
        return new Distribution(withFinal.size(), histogram, byTrack, byProvince, ImprovementLeaders.rank(withFinal));
    }

    private static List<BigDecimal> finals(List<RegionFinal> regions, Predicate<String> track) {
        return regions.stream()
                .filter(r -> track.test(r.track()))
                .map(RegionFinal::finalScore)
                .toList();
    }

    /** The leaders within the first {@code top} ranks. */
    public ImprovementLeaders leaders(int top) {
        return ImprovementLeaders.of(improvements, top);
    }
}
