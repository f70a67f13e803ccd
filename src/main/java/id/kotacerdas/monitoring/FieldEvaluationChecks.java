package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.FieldEvaluationRules;
import id.kotacerdas.monitoring.domain.FieldEvaluationRules.Checked;
import id.kotacerdas.shared.domain.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * What the ministry writes about an evaluation, checked as it plans or changes one: the rules of {@link
 * FieldEvaluationRules} on today's date, and the masterplan it names.
 */
@Component
class FieldEvaluationChecks {

    private final MasterplanRepository masterplans;
    private final Clock clock;

    FieldEvaluationChecks(MasterplanRepository masterplans, Clock clock) {
        this.masterplans = masterplans;
        this.clock = clock;
    }

    Checked check(int year, FieldEvaluationInput input) {
        return FieldEvaluationRules.check(
                year,
                input.plannedOn(),
                input.heldOn(),
                input.heldUntil(),
                input.place(),
                input.team(),
                input.stakeholders(),
                input.notes(),
                LocalDate.now(clock));
    }

    /** The named masterplan, when it is the region's and covers the year; null when none is named. */
    Long masterplan(String region, int year, Long id) {
        if (id == null) {
            return null;
        }
        MasterplanView plan = masterplans
                .find(id)
                .filter(p -> p.regionCode().equals(region))
                .orElseThrow(() -> new InvalidInput(
                        "masterplanId", "fieldEvaluation.masterplan.notRegions", "Not the region's masterplan", id));
        if (year < plan.startYear() || year > plan.endYear()) {
            throw new InvalidInput(
                    "masterplanId",
                    "fieldEvaluation.masterplan.outsideYears",
                    "The masterplan does not cover the year",
                    plan.title(),
                    year);
        }
        return id;
    }
}
