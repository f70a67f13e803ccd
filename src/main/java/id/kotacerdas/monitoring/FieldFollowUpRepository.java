package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.FieldEvaluationView.FieldFollowUp;
import id.kotacerdas.monitoring.domain.FollowUp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-ups of field evaluations, numbered 1, 2, ... within their evaluation. */
@Repository
class FieldFollowUpRepository {

    private final JdbcClient jdbc;

    FieldFollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the evaluation's next follow-up (its row locked by the caller), giving its number. */
    int add(long evaluation, String action, String agency, LocalDate dueOn, String by) {
        return jdbc.sql("insert into field_evaluation_follow_up (evaluation_id, no, action, agency, due_on,"
                        + " created_by, updated_by) values (?, (select coalesce(max(no), 0) + 1 from"
                        + " field_evaluation_follow_up where evaluation_id = ?), ?, ?, ?, ?, ?) returning no")
                .params(evaluation, evaluation, action, agency, dueOn, by, by)
                .query(Integer.class)
                .single();
    }

    /** The follow-up's status before the change, empty when the evaluation has no such follow-up. */
    Optional<FollowUp> update(long evaluation, int no, FollowUp status, String note, String by) {
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

    /** The follow-ups of each of the evaluations, by evaluation id, in their numbers' order. */
    Map<Long, List<FieldFollowUp>> of(Long[] evaluations) {
        Map<Long, List<FieldFollowUp>> followUps = new HashMap<>();
        jdbc.sql("select evaluation_id, no, action, agency, due_on, status, note, updated_by, updated_at"
                        + " from field_evaluation_follow_up where evaluation_id = any (?) order by evaluation_id, no")
                .param(evaluations)
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
        return followUps;
    }
}
