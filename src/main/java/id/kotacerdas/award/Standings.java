package id.kotacerdas.award;

import id.kotacerdas.award.domain.AwardDefinition;
import id.kotacerdas.award.domain.AwardRanking;
import id.kotacerdas.award.domain.Competitor;
import id.kotacerdas.award.domain.Entrant;
import id.kotacerdas.award.domain.Measure;
import id.kotacerdas.award.domain.Proposal;
import id.kotacerdas.award.domain.Readings;
import id.kotacerdas.award.domain.SmartDimensionQuestions;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.NationalTable;
import id.kotacerdas.scoring.RegionResult;
import id.kotacerdas.shared.domain.Conflict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Ranks an award's competitors from the period's results, through the scoring module's facade: the regions of the
 * national table that the award admits, each with the number its measure gives (docs/method.md, section 8.4).
 */
@Component
class Standings {

    private final NationalResultsApi results;
    private final InstrumentApi instruments;

    Standings(NationalResultsApi results, InstrumentApi instruments) {
        this.results = results;
        this.instruments = instruments;
    }

    PeriodFacts facts(int year) {
        return PeriodFacts.of(instruments.instrument(year));
    }

    /** The proposal; 409 {@code award.resultsNotFinal} until the period's results are final (FINALIZED, PUBLISHED). */
    Proposal propose(int year, AwardDefinition award) {
        if (!instruments.period(year).status().resultsFrozen()) {
            throw new Conflict("award.resultsNotFinal", "The results of " + year + " are not final yet", year);
        }
        NationalTable table = results.table(year);
        Map<String, Map<Integer, BigDecimal>> questionScores =
                award.measure() == Measure.SMART_DIMENSION_OUTCOME ? results.questionScores(year, true) : Map.of();
        List<Integer> questions = smartQuestions(year, award);
        List<Competitor> competitors = new ArrayList<>();
        for (NationalResultView line : table.lines()) {
            if (!award.admits(line.track(), line.kind())) {
                continue;
            }
            Entrant e = new Entrant(line.regionCode(), line.regionName(), line.kind(), line.track());
            competitors.add(
                    switch (award.measure()) {
                        case FINAL -> Readings.finalScore(e, line.finalScore(), formula(year, line));
                        case DIMENSION -> Readings.dimension(e, award.subject(), line.score(award.subject()));
                        case SMART_DIMENSION_OUTCOME ->
                            Readings.smartOutcome(
                                    e, questions, questionScores.getOrDefault(line.regionCode(), Map.of()));
                        case IMPROVEMENT ->
                            Readings.improvement(e, line.finalScore(), line.improvement(), line.improvementSource());
                    });
        }
        return AwardRanking.propose(competitors, award.places());
    }

    private List<Integer> smartQuestions(int year, AwardDefinition award) {
        SmartDimensionQuestions smart = facts(year).smartDimensions().get(award.subject());
        return smart == null ? List.of() : smart.questions();
    }

    private String formula(int year, NationalResultView line) {
        return results.region(year, line.regionCode(), true)
                .map(RegionResult::formula)
                .orElse(line.finalScore().toPlainString());
    }
}
