package id.kotacerdas.scoring;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.scoring.RankRangeTable.RegionRankRange;
import id.kotacerdas.scoring.domain.DimensionResult;
import id.kotacerdas.scoring.domain.RangeInput;
import id.kotacerdas.scoring.domain.RankRange;
import id.kotacerdas.scoring.domain.RankRanges;
import id.kotacerdas.scoring.domain.TrackWeights;
import id.kotacerdas.scoring.domain.WeightPerturbation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rank ranges of a national table (docs/method.md 10.3), computed once per table and perturbation and kept with
 * the table: a new table (import, weights, correction) computes them again on its first read.
 */
@Component
class RankRangesOfTables {

    private record Key(int year, int perturbation) {}

    private final InstrumentApi instruments;
    private final KeptWithTable<Key, RankRangeTable> kept = new KeptWithTable<>(64);

    RankRangesOfTables(InstrumentApi instruments) {
        this.instruments = instruments;
    }

    RankRangeTable of(NationalTable table, WeightPerturbation perturbation) {
        return kept.get(
                table, new Key(table.year(), perturbation.percentagePoints()), key -> compute(table, perturbation));
    }

    private RankRangeTable compute(NationalTable table, WeightPerturbation perturbation) {
        InstrumentView instrument = instruments.instrument(table.year());
        Set<String> tracksInTable = new LinkedHashSet<>();
        table.lines().forEach(line -> tracksInTable.add(line.track()));
        List<TrackWeights> tracks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // in the instrument's order, which fixes the order of the dimensions the moves are drawn for
        for (InstrumentView.TrackView track : instrument.tracks()) {
            if (!tracksInTable.contains(track.code())) {
                continue;
            }
            TrackWeights weights = new TrackWeights(track.code(), instrument.weightsOf(track.code()));
            tracks.add(weights);
            problems.addAll(weights.problems());
        }
        tracks.forEach(t -> tracksInTable.remove(t.track()));
        tracksInTable.forEach(track -> problems.add("track " + track + " has no weights"));
        List<String> dimensions = dimensions(tracks);
        if (!problems.isEmpty() || tracks.isEmpty()) {
            return new RankRangeTable(
                    table.year(),
                    perturbation.percentagePoints(),
                    0,
                    WeightPerturbation.SEED,
                    WeightPerturbation.DRAWS_PER_POINT,
                    dimensions,
                    problems,
                    List.of());
        }
        List<RangeInput> inputs = new ArrayList<>();
        table.lines().forEach(line -> inputs.add(new RangeInput(line.regionCode(), line.track(), scores(table, line))));
        Map<String, RankRange> ranges = RankRanges.of(inputs, tracks, perturbation);
        List<RegionRankRange> regions = new ArrayList<>();
        for (NationalResultView line : table.lines()) {
            RankRange range = ranges.get(line.regionCode());
            regions.add(new RegionRankRange(
                    line.regionCode(),
                    line.regionName(),
                    line.track(),
                    range.rank(),
                    range.low(),
                    range.high(),
                    range.trackRank(),
                    range.trackLow(),
                    range.trackHigh()));
        }
        return new RankRangeTable(
                table.year(),
                perturbation.percentagePoints(),
                RankRanges.weightVectors(tracks, perturbation),
                WeightPerturbation.SEED,
                WeightPerturbation.DRAWS_PER_POINT,
                dimensions,
                List.of(),
                List.copyOf(regions));
    }

    /** The stored dimension scores the final was computed from (a missing one counts 0). */
    private static Map<String, BigDecimal> scores(NationalTable table, NationalResultView line) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (DimensionResult d : table.explanations().get(line.regionCode()).dimensions()) {
            scores.put(d.code(), d.score());
        }
        return scores;
    }

    private static List<String> dimensions(List<TrackWeights> tracks) {
        Set<String> dimensions = new LinkedHashSet<>();
        tracks.forEach(t -> dimensions.addAll(t.weights().keySet()));
        return List.copyOf(dimensions);
    }
}
