package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.FieldEvaluationRules.Checked;
import id.kotacerdas.monitoring.domain.TeamMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people of a field evaluation: its team and the stakeholders interviewed, each in the order given. */
@Repository
class FieldEvaluationPeopleRepository {

    private final JdbcClient jdbc;

    FieldEvaluationPeopleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the evaluation's team and stakeholders with those checked. */
    void replace(long evaluation, Checked checked) {
        jdbc.sql("delete from field_evaluation_member where evaluation_id = ?")
                .param(evaluation)
                .update();
        jdbc.sql("delete from field_evaluation_stakeholder where evaluation_id = ?")
                .param(evaluation)
                .update();
        write(evaluation, checked);
    }

    /** Writes the team and stakeholders of an evaluation that has none yet. */
    void write(long evaluation, Checked checked) {
        for (int i = 0; i < checked.team().size(); i++) {
            TeamMember member = checked.team().get(i);
            jdbc.sql("insert into field_evaluation_member (evaluation_id, position, name, affiliation, role)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(evaluation, i + 1, member.name(), member.affiliation(), member.role())
                    .update();
        }
        for (int i = 0; i < checked.stakeholders().size(); i++) {
            jdbc.sql("insert into field_evaluation_stakeholder (evaluation_id, position, name) values (?, ?, ?)")
                    .params(evaluation, i + 1, checked.stakeholders().get(i))
                    .update();
        }
    }

    /** The team of each of the evaluations, by evaluation id. */
    Map<Long, List<TeamMember>> teams(Long[] evaluations) {
        Map<Long, List<TeamMember>> team = new HashMap<>();
        jdbc.sql("select evaluation_id, name, affiliation, role from field_evaluation_member"
                        + " where evaluation_id = any (?) order by evaluation_id, position")
                .param(evaluations)
                .query(rs -> {
                    team.computeIfAbsent(rs.getLong("evaluation_id"), k -> new ArrayList<>())
                            .add(new TeamMember(
                                    rs.getString("name"), rs.getString("affiliation"), rs.getString("role")));
                });
        return team;
    }

    /** The stakeholders interviewed in each of the evaluations, by evaluation id. */
    Map<Long, List<String>> stakeholders(Long[] evaluations) {
        Map<Long, List<String>> stakeholders = new HashMap<>();
        jdbc.sql("select evaluation_id, name from field_evaluation_stakeholder where evaluation_id = any (?)"
                        + " order by evaluation_id, position")
                .param(evaluations)
                .query(rs -> {
                    stakeholders
                            .computeIfAbsent(rs.getLong("evaluation_id"), k -> new ArrayList<>())
                            .add(rs.getString("name"));
                });
        return stakeholders;
    }
}
