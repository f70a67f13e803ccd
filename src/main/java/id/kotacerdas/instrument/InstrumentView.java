package id.kotacerdas.instrument;

import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The instrument of a period: tracks, dimensions with their weight per track, and questions. */
public record InstrumentView(
        int year,
        PeriodStatus status,
        boolean frozen,
        List<TrackView> tracks,
        List<DimensionView> dimensions,
        List<QuestionView> questions) {

    public record TrackView(String code, String name) {}

    public record DimensionView(String code, String name, Map<String, BigDecimal> weights, int questions) {}

    public record QuestionView(int no, String dimension, String indicator, String subIndicator, String text) {}

    /** The weights of a track, in dimension order, leaving out dimensions the track does not weigh. */
    public Map<String, BigDecimal> weightsOf(String track) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (DimensionView d : dimensions) {
            BigDecimal w = d.weights().get(track);
            if (w != null) {
                result.put(d.code(), w);
            }
        }
        return result;
    }

    /** The name of the dimension with this code, or the code itself when the instrument has no such dimension. */
    public String dimensionName(String code) {
        return dimensions.stream()
                .filter(d -> d.code().equals(code))
                .map(DimensionView::name)
                .findFirst()
                .orElse(code);
    }

    /** The question with this number; NotFound when the instrument has none. */
    public QuestionView question(int no) {
        return questions.stream()
                .filter(q -> q.no() == no)
                .findFirst()
                .orElseThrow(() -> new NotFound("question.notFound", "No question " + no, no, year));
    }

    public boolean hasTrack(String code) {
        return tracks.stream().anyMatch(t -> t.code().equals(code));
    }
}
