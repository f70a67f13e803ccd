package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every region's field evaluations of a year, one line each with its follow-ups counted. */
@Repository
class NationalFieldEvaluationRepository {

    private final JdbcClient jdbc;

    NationalFieldEvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By semester, then region code ({@code today}: for the overdue follow-ups). */
    List<NationalFieldEvaluations.Line> lines(int year, LocalDate today, Map<String, String> regionNames) {
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
}
