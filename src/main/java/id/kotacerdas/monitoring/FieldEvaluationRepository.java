package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.FieldEvaluationView.FieldFollowUp;
import id.kotacerdas.monitoring.domain.FieldEvaluationRules.Checked;
import id.kotacerdas.monitoring.domain.TeamMember;
import id.kotacerdas.shared.domain.Conflict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Field evaluations as written and read whole: the evaluation's row ({@link FieldEvaluationRow}) with its people
 * ({@link FieldEvaluationPeopleRepository}) and follow-ups ({@link FieldFollowUpRepository}).
 */
@Repository
class FieldEvaluationRepository {

    private final JdbcClient jdbc;
    private final FieldEvaluationPeopleRepository people;
    private final FieldFollowUpRepository followUps;

    FieldEvaluationRepository(
            JdbcClient jdbc, FieldEvaluationPeopleRepository people, FieldFollowUpRepository followUps) {
        this.jdbc = jdbc;
        this.people = people;
        this.followUps = followUps;
    }

    /** @throws Conflict when the region has an evaluation of that semester */
    long insert(String region, int year, int semester, Long masterplan, Checked evaluation, String by) {
        long id;
        try {
            id = jdbc.sql("insert into field_evaluation (region_code, year, semester, masterplan_id, planned_on,"
                            + " held_on, held_until, place, notes, created_by, updated_by)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                    .params(
                            region,
                            year,
                            semester,
                            masterplan,
                            evaluation.plannedOn(),
                            evaluation.heldOn(),
                            evaluation.heldUntil(),
                            evaluation.place(),
                            evaluation.notes(),
                            by,
                            by)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new Conflict(
                    "fieldEvaluation.exists",
                    "The region has a field evaluation of that semester",
                    region,
                    year,
                    semester);
        }
        people.write(id, evaluation);
        return id;
    }

    /** False when another change came first (the version moved on). */
    boolean update(long id, int version, Long masterplan, Checked evaluation, String by) {
        int updated = jdbc.sql("update field_evaluation set masterplan_id = ?, planned_on = ?, held_on = ?,"
                        + " held_until = ?, place = ?, notes = ?, version = version + 1, updated_by = ?,"
                        + " updated_at = now() where id = ? and version = ?")
                .params(
                        masterplan,
                        evaluation.plannedOn(),
                        evaluation.heldOn(),
                        evaluation.heldUntil(),
                        evaluation.place(),
                        evaluation.notes(),
                        by,
                        id,
                        version)
                .update();
        if (updated != 1) {
            return false;
        }
        people.replace(id, evaluation);
        return true;
    }

    /**
     * The evaluation's id, its row locked until the transaction ends (so its follow-ups are numbered one by one
     * and its photos counted against its limit one upload at a time).
     */
    Optional<Long> lock(String region, int year, int semester) {
        return jdbc.sql("select id from field_evaluation where region_code = ? and year = ? and semester = ?"
                        + " for update")
                .params(region, year, semester)
                .query(Long.class)
                .optional();
    }

    Optional<FieldEvaluationView> find(String region, String regionName, int year, int semester) {
        return read(
                        regionName,
                        FieldEvaluationRow.COLUMNS + " where e.region_code = ? and e.year = ? and e.semester = ?",
                        region,
                        year,
                        semester)
                .stream()
                .findFirst();
    }

    /** The region's evaluations, oldest first; of one year when {@code year} is given. */
    List<FieldEvaluationView> ofRegion(String region, String regionName, Integer year) {
        return year == null
                ? read(
                        regionName,
                        FieldEvaluationRow.COLUMNS + " where e.region_code = ? order by e.year, e.semester",
                        region)
                : read(
                        regionName,
                        FieldEvaluationRow.COLUMNS + " where e.region_code = ? and e.year = ? order by e.semester",
                        region,
                        year);
    }

    /** The evaluations the query finds, each with its team, stakeholders and follow-ups (one query for each). */
    private List<FieldEvaluationView> read(String regionName, String sql, Object... params) {
        List<FieldEvaluationRow> rows =
                jdbc.sql(sql).params(params).query(FieldEvaluationRow::of).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(FieldEvaluationRow::id).toArray(Long[]::new);
        Map<Long, List<TeamMember>> team = people.teams(ids);
        Map<Long, List<String>> stakeholders = people.stakeholders(ids);
        Map<Long, List<FieldFollowUp>> asked = followUps.of(ids);
        return rows.stream()
                .map(r -> r.view(
                        regionName,
                        team.getOrDefault(r.id(), List.of()),
                        stakeholders.getOrDefault(r.id(), List.of()),
                        asked.getOrDefault(r.id(), List.of())))
                .toList();
    }
}
