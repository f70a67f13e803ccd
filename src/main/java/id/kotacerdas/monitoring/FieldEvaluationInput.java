package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.TeamMember;
import java.time.LocalDate;
import java.util.List;

/**
 * What the ministry writes about a field evaluation when it plans or records it (checked by {@link
 * id.kotacerdas.monitoring.domain.FieldEvaluationRules}).
 *
 * @param masterplanId one of the region's masterplans covering the year, or null
 * @param heldOn the day it was held; null while it is only planned
 * @param heldUntil the last day of a visit of several days, else null
 * @param stakeholders the OPD and other agencies interviewed
 * @param notes the findings; required once held
 */
public record FieldEvaluationInput(
        Long masterplanId,
        LocalDate plannedOn,
        LocalDate heldOn,
        LocalDate heldUntil,
        String place,
        List<TeamMember> team,
        List<String> stakeholders,
        String notes) {}
