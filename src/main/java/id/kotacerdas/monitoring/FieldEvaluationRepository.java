package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.FieldEvaluationView.FieldFollowUp;
import id.kotacerdas.monitoring.domain.FieldEvaluationRules.Checked;
import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import id.kotacerdas.monitoring.domain.FollowUp;
import id.kotacerdas.monitoring.domain.TeamMember;
import id.kotacerdas.shared.domain.Conflict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FieldEvaluationRepository {

    private static final String EVALUATION = "select e.id, e.region_code, e.year, e.semester, e.masterplan_id,"
            + " m.title as masterplan_title, e.planned_on, e.held_on, e.held_until, e.place, e.notes, e.version,"
            + " e.updated_by, e.updated_at from field_evaluation e left join masterplan m on m.id = e.masterplan_id";

    private final JdbcClient jdbc;

    FieldEvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        writePeople(id, evaluation);
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
        jdbc.sql("delete from field_evaluation_member where evaluation_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from field_evaluation_stakeholder where evaluation_id = ?")
                .param(id)
                .update();
        writePeople(id, evaluation);
        return true;
    }

    private void writePeople(long id, Checked evaluation) {
        for (int i = 0; i < evaluation.team().size(); i++) {
            TeamMember member = evaluation.team().get(i);
            jdbc.sql("insert into field_evaluation_member (evaluation_id, position, name, affiliation, role)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, member.name(), member.affiliation(), member.role())
                    .update();
        }
        for (int i = 0; i < evaluation.stakeholders().size(); i++) {
            jdbc.sql("insert into field_evaluation_stakeholder (evaluation_id, position, name) values (?, ?, ?)")
                    .params(id, i + 1, evaluation.stakeholders().get(i))
                    .update();
        }
    }

    /** The evaluation's id, its row locked until the transaction ends (so follow-ups are numbered one by one). */
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
                        EVALUATION + " where e.region_code = ? and e.year = ? and e.semester = ?",
                        region,
                        year,
                        semester)
                .stream()
                .findFirst();
    }

    /** The region's evaluations, oldest first; of one year when {@code year} is given. */
    List<FieldEvaluationView> ofRegion(String region, String regionName, Integer year) {
        return year == null
                ? read(regionName, EVALUATION + " where e.region_code = ? order by e.year, e.semester", region)
                : read(
                        regionName,
                        EVALUATION + " where e.region_code = ? and e.year = ? order by e.semester",
                        region,
                        year);
    }

    int addFollowUp(long evaluation, String action, String agency, LocalDate dueOn, String by) {
        return jdbc.sql("insert into field_evaluation_follow_up (evaluation_id, no, action, agency, due_on,"
                        + " created_by, updated_by) values (?, (select coalesce(max(no), 0) + 1 from"
                        + " field_evaluation_follow_up where evaluation_id = ?), ?, ?, ?, ?, ?) returning no")
                .params(evaluation, evaluation, action, agency, dueOn, by, by)
                .query(Integer.class)
                .single();
    }

    /** The follow-up's status before the change, empty when the evaluation has no such follow-up. */
    Optional<FollowUp> updateFollowUp(long evaluation, int no, FollowUp status, String note, String by) {
        Optional<FollowUp> before = jdbc.sql(
                        "select status from field_evaluation_follow_up where evaluation_id = ? and no = ? for update")
                .params(evaluation, no)
                .query((rs, n) -> FollowUp.valueOf(rs.getString("status")))
                .optional();
        before.ifPresent(b -> jdbc.sql("update field_evaluation_follow_up set status = ?, note = ?, updated_by = ?,"
                        + " updated_at = now() where evaluation_id = ? and no = ?")
                .params(status.name(), note, by, evaluation, no)
                .update());
        return before;
    }

    /** Every region's evaluations of the year with their follow-ups counted ({@code today}: for overdue ones). */
    List<NationalFieldEvaluations.Line> national(int year, LocalDate today, Map<String, String> regionNames) {
        return jdbc.sql("select e.region_code, e.semester, e.masterplan_id, e.planned_on, e.held_on,"
                        + " count(f.no) as follow_ups, count(f.no) filter (where f.status <> 'DONE') as open,"
                        + " count(f.no) filter (where f.status <> 'DONE' and f.due_on < ?) as overdue"
                        + " from field_evaluation e left join field_evaluation_follow_up f on f.evaluation_id = e.id"
                        + " where e.year = ? group by e.id order by e.semester, e.region_code")
                .params(today, year)
                .query((rs, n) -> new NationalFieldEvaluations.Line(
                        rs.getString("region_code"),
                        regionNames.getOrDefault(rs.getString("region_code"), rs.getString("region_code")),
                        rs.getInt("semester"),
                        (Long) rs.getObject("masterplan_id", Long.class),
                        rs.getObject("held_on") == null ? FieldEvaluationStatus.PLANNED : FieldEvaluationStatus.HELD,
                        rs.getObject("planned_on", LocalDate.class),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getInt("follow_ups"),
                        rs.getInt("open"),
                        rs.getInt("overdue")))
                .list();
    }

    /** The evaluations the query finds, each with its team, stakeholders and follow-ups (one query for each). */
    private List<FieldEvaluationView> read(String regionName, String sql, Object... params) {
        List<Row> rows = jdbc.sql(sql)
                .params(params)
                .query(FieldEvaluationRepository::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, List<TeamMember>> team = new HashMap<>();
        jdbc.sql("select evaluation_id, name, affiliation, role from field_evaluation_member"
                        + " where evaluation_id = any (?) order by evaluation_id, position")
                .param(ids)
                .query(rs -> {
                    team.computeIfAbsent(rs.getLong("evaluation_id"), k -> new ArrayList<>())
                            .add(new TeamMember(
                                    rs.getString("name"), rs.getString("affiliation"), rs.getString("role")));
                });
        Map<Long, List<String>> stakeholders = new HashMap<>();
        jdbc.sql("select evaluation_id, name from field_evaluation_stakeholder where evaluation_id = any (?)"
                        + " order by evaluation_id, position")
                .param(ids)
                .query(rs -> {
                    stakeholders
                            .computeIfAbsent(rs.getLong("evaluation_id"), k -> new ArrayList<>())
                            .add(rs.getString("name"));
                });
        Map<Long, List<FieldFollowUp>> followUps = new HashMap<>();
        jdbc.sql("select evaluation_id, no, action, agency, due_on, status, note, updated_by, updated_at"
                        + " from field_evaluation_follow_up where evaluation_id = any (?) order by evaluation_id, no")
                .param(ids)
                .query(rs -> {
                    followUps
                            .computeIfAbsent(rs.getLong("evaluation_id"), k -> new ArrayList<>())
                            .add(new FieldFollowUp(
                                    rs.getInt("no"),
                                    rs.getString("action"),
                                    rs.getString("agency"),
                                    rs.getObject("due_on", LocalDate.class),
                                    FollowUp.valueOf(rs.getString("status")),
                                    rs.getString("note"),
                                    rs.getString("updated_by"),
                                    rs.getTimestamp("updated_at").toInstant()));
                });
        return rows.stream()
                .map(r -> r.view(
                        regionName,
                        team.getOrDefault(r.id(), List.of()),
                        stakeholders.getOrDefault(r.id(), List.of()),
                        followUps.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new Row(
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
                updated.toInstant());
    }

    /** An evaluation's own row, before its people and follow-ups are read. */
    private record Row(
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
}
