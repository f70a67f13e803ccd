package id.kotacerdas.scoring;

import id.kotacerdas.scoring.ComputeAssessedResult.Scored;
import id.kotacerdas.scoring.domain.DimensionResult;
import id.kotacerdas.scoring.domain.FinalInterval;
import id.kotacerdas.scoring.domain.QuestionSource;
import id.kotacerdas.scoring.domain.RankRanges;
import id.kotacerdas.scoring.domain.RegionScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The 95% interval of a final in a national table (docs/method.md 10.4): from the survey questions of the region's
 * result computed from its assessments, around the stored final; none for a table imported as published, or when a
 * dimension holding survey questions was corrected since. Kept with the table.
 */
@Component
class FinalIntervals {

    private record Key(int year, String regionCode) {}

    private final ComputeAssessedResult assessed;
    private final KeptWithTable<Key, FinalIntervalView> kept = new KeptWithTable<>(2048);

    FinalIntervals(ComputeAssessedResult assessed) {
        this.assessed = assessed;
    }

    FinalIntervalView of(NationalTable table, NationalResultView line) {
        RegionScore stored = table.explanations().get(line.regionCode());
        if (!table.assessed()) {
            return FinalIntervalView.of(FinalInterval.none(FinalInterval.Status.IMPORTED, stored.finalScore()));
        }
        return kept.get(table, new Key(table.year(), line.regionCode()), key -> compute(table.year(), line, stored));
    }

    private FinalIntervalView compute(int year, NationalResultView line, RegionScore stored) {
        Optional<Scored> scored = assessed.withInterval(year, line.regionCode(), line.track());
        FinalInterval interval = scored.map(Scored::interval)
                .orElse(FinalInterval.none(FinalInterval.Status.NO_SURVEY, stored.finalScore()));
        if (interval.available() && corrected(scored.get().score(), stored)) {
            interval = FinalInterval.none(FinalInterval.Status.CORRECTED, stored.finalScore());
        }
        return FinalIntervalView.of(interval.around(stored.finalScore()));
    }

    /** Whether a stored dimension holding survey questions differs from the one computed (at the store's scale). */
    private static boolean corrected(RegionScore computed, RegionScore stored) {
        for (DimensionResult d : computed.dimensions()) {
            boolean fromSurvey = d.questions().stream().anyMatch(q -> q.source() == QuestionSource.SURVEY);
            BigDecimal kept =
                    stored.dimension(d.code()).map(DimensionResult::score).orElse(null);
            if (fromSurvey
                    && (kept == null
                            || kept.compareTo(d.score().setScale(RankRanges.SCORE_SCALE, RoundingMode.HALF_UP)) != 0)) {
                return true;
            }
        }
        return false;
    }
}
