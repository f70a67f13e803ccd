package id.kotacerdas.instrument.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire of one period: its tracks, dimensions, weights per track and questions. Edits
 * return a new instrument; the period decides whether edits are allowed at all.
 */
public record Instrument(
        int year,
        List<Track> tracks,
        List<Dimension> dimensions,
        Map<String, Map<String, BigDecimal>> weights,
        List<Question> questions) {

    public Instrument {
        tracks = List.copyOf(tracks);
        dimensions = List.copyOf(dimensions);
        Map<String, Map<String, BigDecimal>> copy = new LinkedHashMap<>();
        weights.forEach((track, byDimension) -> copy.put(track, Map.copyOf(byDimension)));
        weights = Map.copyOf(copy);
        questions =
                questions.stream().sorted(Comparator.comparingInt(Question::no)).toList();
    }

    /** The weights of {@code track} in dimension order; dimensions without a weight are left out. */
    public Map<String, BigDecimal> weightsOf(String track) {
        Map<String, BigDecimal> byDimension = weights.getOrDefault(track, Map.of());
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            if (byDimension.containsKey(d.code())) {
                ordered.put(d.code(), byDimension.get(d.code()));
            }
        }
        return ordered;
    }

    public boolean hasTrack(String code) {
        return tracks.stream().anyMatch(t -> t.code().equals(code));
    }

    public Question question(int no) {
        return questions.stream()
                .filter(q -> q.no() == no)
                .findFirst()
                .orElseThrow(() -> new NotFound("question.notFound", "No question " + no, no, year));
    }

    public Instrument withWeights(String track, Map<String, BigDecimal> newWeights) {
        if (!hasTrack(track)) {
            throw new InvalidInput("track", "track.unknown", "Unknown track " + track, track);
        }
        WeightRules.check(track, newWeights, dimensionCodes());
        Map<String, Map<String, BigDecimal>> all = new LinkedHashMap<>(weights);
        all.put(track, newWeights);
        return new Instrument(year, tracks, dimensions, all, questions);
    }

    public Instrument withQuestion(Question edited) {
        question(edited.no());
        requireDimension(edited.dimension());
        List<Question> all = new ArrayList<>(questions);
        all.replaceAll(q -> q.no() == edited.no() ? edited : q);
        return new Instrument(year, tracks, dimensions, weights, all);
    }

    /** Appends a question; it takes the next number. */
    public Instrument withNewQuestion(Question added) {
        requireDimension(added.dimension());
        List<Question> all = new ArrayList<>(questions);
        all.add(added.renumbered(questions.size() + 1));
        return new Instrument(year, tracks, dimensions, weights, all);
    }

    /** Removes a question; the ones after it move up a number, so numbers stay 1..n. */
    public Instrument withoutQuestion(int no) {
        question(no);
        List<Question> all = new ArrayList<>();
        for (Question q : questions) {
            if (q.no() < no) {
                all.add(q);
            } else if (q.no() > no) {
                all.add(q.renumbered(q.no() - 1));
            }
        }
        return new Instrument(year, tracks, dimensions, weights, all);
    }

    /** Refuses to open a period whose instrument has no questions or a track whose weights are wrong. */
    public void ensureComplete() {
        if (questions.isEmpty()) {
            throw new InvalidInput(null, "instrument.noQuestions", "The instrument has no questions", year);
        }
        for (Track t : tracks) {
            WeightRules.check(t.code(), weightsOf(t.code()), dimensionCodes());
        }
    }

    public List<String> dimensionCodes() {
        return dimensions.stream().map(Dimension::code).toList();
    }

    private void requireDimension(String code) {
        if (!dimensionCodes().contains(code)) {
            throw new InvalidInput("dimension", "dimension.unknown", "Unknown dimension " + code, code);
        }
    }
}
