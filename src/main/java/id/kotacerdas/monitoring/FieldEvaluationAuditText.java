package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.FieldEvaluationRules.Checked;
import id.kotacerdas.monitoring.domain.TeamMember;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How the audit trail names a field evaluation and keeps what was written about it. */
final class FieldEvaluationAuditText {

    private FieldEvaluationAuditText() {}

    static String subject(int year, int semester) {
        return "field evaluation " + year + " S" + semester;
    }

    static String summary(FieldEvaluationView v) {
        return summary(
                v.masterplanId(),
                new Checked(
                        v.plannedOn(), v.heldOn(), v.heldUntil(), v.place(), v.team(), v.stakeholders(), v.notes()));
    }

    /** The evaluation as the audit trail keeps it: every field, in one line of text. */
    static String summary(Long masterplan, Checked c) {
        Function<TeamMember, String> member = m -> {
            String about = Stream.of(m.affiliation(), m.role())
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            return about.isEmpty() ? m.name() : m.name() + " (" + about + ")";
        };
        return "planned " + c.plannedOn()
                + (c.heldOn() == null
                        ? ""
                        : "; held " + c.heldOn() + (c.heldUntil() == null ? "" : "/" + c.heldUntil()))
                + (masterplan == null ? "" : "; masterplan " + masterplan)
                + (c.place() == null ? "" : "; place " + c.place())
                + "; team " + c.team().stream().map(member).collect(Collectors.joining(", "))
                + "; stakeholders " + String.join(", ", c.stakeholders())
                + (c.notes() == null ? "" : "; notes " + c.notes());
    }
}
