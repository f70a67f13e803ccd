package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.FieldEvaluationView.FieldFollowUp;
import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import id.kotacerdas.monitoring.domain.TeamMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation's own row ({@link #COLUMNS}), before its people and follow-ups are read; {@link #view} puts them
 * together.
 */
record FieldEvaluationRow(
        long id,
        String region,
        int year,
        int semester,
        Long masterplan,
        String masterplanTitle,
        LocalDate plannedOn,
        LocalDate heldOn,
        LocalDate heldUntil,
        String place,
        String notes,
        int version,
        String updatedBy,
        Instant updatedAt) {

    /** The query of evaluations ({@code e}) with their masterplan's title; a where clause follows. */
    static final String COLUMNS = "select e.id, e.region_code, e.year, e.semester, e.masterplan_id,"
            + " m.title as masterplan_title, e.planned_on, e.held_on, e.held_until, e.place, e.notes, e.version,"
            + " e.updated_by, e.updated_at from field_evaluation e left join masterplan m on m.id = e.masterplan_id";

    static FieldEvaluationRow of(ResultSet rs, int n) throws SQLException {
        return new FieldEvaluationRow(
                rs.getLong("id"),
                rs.getString("region_code"),
                rs.getInt("year"),
                rs.getInt("semester"),
                rs.getObject("masterplan_id", Long.class),
                rs.getString("masterplan_title"),
                rs.getObject("planned_on", LocalDate.class),
                rs.getObject("held_on", LocalDate.class),
                rs.getObject("held_until", LocalDate.class),
                rs.getString("place"),
                rs.getString("notes"),
                rs.getInt("version"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    FieldEvaluationView view(
            String regionName, List<TeamMember> team, List<String> stakeholders, List<FieldFollowUp> followUps) {
        return new FieldEvaluationView(
                id,
                region,
                regionName,
                year,
                semester,
                masterplan,
                masterplanTitle,
                heldOn == null ? FieldEvaluationStatus.PLANNED : FieldEvaluationStatus.HELD,
                plannedOn,
                heldOn,
                heldUntil,
                place,
                List.copyOf(team),
                List.copyOf(stakeholders),
                notes,
                List.copyOf(followUps),
                version,
                updatedBy,
                updatedAt);
    }
}
