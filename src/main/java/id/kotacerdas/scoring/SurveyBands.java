package id.kotacerdas.scoring;

import id.kotacerdas.scoring.domain.SurveyBand;
import id.kotacerdas.survey.SurveyScore;
import java.util.LinkedHashMap;
import java.util.Map;

/** The survey's 95% intervals of a region's questions, as the scoring domain reads them. */
final class SurveyBands {

    private SurveyBands() {}

    static Map<Integer, SurveyBand> of(Map<Integer, SurveyScore> survey) {
        Map<Integer, SurveyBand> bands = new LinkedHashMap<>();
        survey.forEach((no, s) -> bands.put(no, new SurveyBand(no, s.dimension(), s.ci95Low(), s.ci95High())));
        return bands;
    }
}
