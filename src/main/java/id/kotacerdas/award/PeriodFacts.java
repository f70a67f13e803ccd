package id.kotacerdas.award;

import id.kotacerdas.award.domain.AwardDefinition;
import id.kotacerdas.award.domain.Measure;
import id.kotacerdas.award.domain.OutcomeSmartDimensions;
import id.kotacerdas.award.domain.QuestionLine;
import id.kotacerdas.award.domain.SmartDimensionQuestions;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.InstrumentView.DimensionView;
import id.kotacerdas.instrument.InstrumentView.TrackView;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an award of a period can rank, read from the period's instrument: its dimensions, its smart dimensions with
 * Outcome questions, and its tracks, each with its name.
 */
record PeriodFacts(
        Map<String, String> dimensions,
        Map<String, SmartDimensionQuestions> smartDimensions,
        Map<String, String> tracks) {

    static PeriodFacts of(InstrumentView instrument) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (DimensionView d : instrument.dimensions()) {
            dimensions.put(d.code(), d.name());
        }
        Map<String, String> tracks = new LinkedHashMap<>();
        for (TrackView t : instrument.tracks()) {
            tracks.put(t.code(), t.name());
        }
        Map<String, SmartDimensionQuestions> smart = OutcomeSmartDimensions.of(instrument.questions().stream()
                .map(q -> new QuestionLine(q.no(), q.dimension(), q.indicator(), q.subIndicator()))
                .toList());
        return new PeriodFacts(dimensions, smart, tracks);
    }

    /** The definition checked against this period's dimensions, smart dimensions and tracks. */
    AwardDefinition check(AwardDefinition d) {
        return d.within(dimensions.keySet(), smartDimensions.keySet(), tracks.keySet());
    }

    /** The name of what the award ranks of its measure: "Outcome", "Smart Governance"; null for none. */
    String subjectName(AwardDefinition d) {
        if (d.measure() == Measure.DIMENSION) {
            return dimensions.getOrDefault(d.subject(), d.subject());
        }
        if (d.measure() == Measure.SMART_DIMENSION_OUTCOME) {
            SmartDimensionQuestions smart = smartDimensions.get(d.subject());
            return smart == null ? d.subject() : smart.name();
        }
        return null;
    }
}
