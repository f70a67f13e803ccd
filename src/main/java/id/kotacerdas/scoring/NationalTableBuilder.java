package id.kotacerdas.scoring;

import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.scoring.NationalResultRepository.StoredResult;
import id.kotacerdas.scoring.NationalResultView.RankView;
import id.kotacerdas.scoring.domain.Improvement;
import id.kotacerdas.scoring.domain.RankInput;
import id.kotacerdas.scoring.domain.Ranking;
import id.kotacerdas.scoring.domain.Ranks;
import id.kotacerdas.scoring.domain.RegionScore;
import id.kotacerdas.scoring.domain.Rounding;
import id.kotacerdas.scoring.domain.ScoringEngine;
import id.kotacerdas.scoring.domain.TrackWeights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Computes a period's national table with the scoring engine: finals, improvements and ranks. */
@Component
class NationalTableBuilder {

    private final NationalResultRepository repository;
    private final RegionApi regions;

    NationalTableBuilder(NationalResultRepository repository, RegionApi regions) {
        this.repository = repository;
        this.regions = regions;
    }

    NationalTable build(InstrumentView instrument, Optional<NationalTable> previous) {
        List<String> dimensions = instrument.dimensions().stream()
                .map(InstrumentView.DimensionView::code)
                .toList();
        List<StoredResult> stored = repository.load(instrument.year());
        Map<String, RegionScore> scores = new LinkedHashMap<>();
        List<RankInput> rankInputs = new ArrayList<>();
        for (StoredResult r : stored) {
            RegionScore score = ScoringEngine.fromDimensionScores(
                    new TrackWeights(r.track(), instrument.weightsOf(r.track())), r.scores());
            scores.put(r.regionCode(), score);
            rankInputs.add(new RankInput(r.regionCode(), r.track(), region(r).kind(), score.finalShown()));
        }
        Map<String, Ranks> ranks = Ranking.rank(rankInputs);
        List<NationalResultView> lines = new ArrayList<>();
        for (StoredResult r : stored) {
            lines.add(line(r, dimensions, scores.get(r.regionCode()), ranks.get(r.regionCode()), previous));
        }
        lines.sort(Comparator.comparingInt(NationalResultView::rank).thenComparing(NationalResultView::regionName));
        return new NationalTable(
                instrument.year(),
                dimensions,
                List.copyOf(lines),
                Map.copyOf(scores),
                repository.hasAssessedResults(instrument.year()));
    }

    private NationalResultView line(
            StoredResult r, List<String> dimensions, RegionScore score, Ranks ranks, Optional<NationalTable> previous) {
        RegionView region = region(r);
        Map<String, BigDecimal> shown = new LinkedHashMap<>();
        for (String d : dimensions) {
            BigDecimal value = r.scores().get(d);
            shown.put(d, value == null ? null : plain(Rounding.shown(value)));
        }
        Optional<NationalResultView> before = previous.flatMap(t -> t.line(r.regionCode()));
        BigDecimal improvement;
        String source;
        if (before.isPresent()) {
            improvement = Improvement.between(score.finalShown(), before.get().finalScore())
                    .value();
            source = "COMPUTED";
        } else {
            improvement = r.publishedImprovement();
            source = improvement == null ? null : "PUBLISHED";
        }
        return new NationalResultView(
                r.regionCode(),
                region.name(),
                region.kind(),
                region.provinceCode(),
                region.provinceName(),
                r.track(),
                shown,
                score.finalShown(),
                plain(r.publishedFinal()),
                plain(improvement),
                source,
                ranks.national(),
                new RankView(ranks.national(), ranks.inTrack(), ranks.inKind()));
    }

    private RegionView region(StoredResult r) {
        return regions.find(r.regionCode()).orElseThrow();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
