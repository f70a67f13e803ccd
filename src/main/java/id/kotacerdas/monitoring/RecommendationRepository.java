package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.FollowUp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RecommendationRepository {

    private final JdbcClient jdbc;

    RecommendationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long plan, int year, Integer semester, String agency, String text, String by) {
        return jdbc.sql("insert into monitoring_recommendation (masterplan_id, year, semester, agency, text,"
                        + " created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(plan, year, semester == null ? 0 : semester, agency, text, by, by)
                .query(Long.class)
                .single();
    }

    /** False when the recommendation is not the masterplan's. */
    boolean followUp(long plan, long id, FollowUp status, String note, String by) {
        return jdbc.sql("update monitoring_recommendation set status = ?, follow_up = ?, updated_by = ?,"
                                + " updated_at = now() where id = ? and masterplan_id = ?")
                        .params(status.name(), note, by, id, plan)
                        .update()
                == 1;
    }

    List<Recommendation> of(long plan, int year, Integer semester) {
        return jdbc.sql("select id, year, semester, agency, text, status, follow_up from monitoring_recommendation"
                        + " where masterplan_id = ? and year = ? and semester = ? order by id")
                .params(plan, year, semester == null ? 0 : semester)
                .query((rs, n) -> new Recommendation(
                        rs.getLong("id"),
                        rs.getInt("year"),
                        rs.getInt("semester") == 0 ? null : rs.getInt("semester"),
                        rs.getString("agency"),
                        rs.getString("text"),
                        FollowUp.valueOf(rs.getString("status")),
                        rs.getString("follow_up")))
                .list();
    }
}
