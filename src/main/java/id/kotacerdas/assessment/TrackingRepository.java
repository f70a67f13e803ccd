package id.kotacerdas.assessment;

import id.kotacerdas.assessment.domain.Reconciliation;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts per region of a period, one query each, for the tracking dashboard. */
@Repository
class TrackingRepository {

    private final JdbcClient jdbc;

    TrackingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Integer> answered(int year) {
        return counts("select region_code, count(*) from answer where year = ? group by region_code", year);
    }

    Map<String, Integer> submitted(int year) {
        return counts("select region_code, 1 from self_assessment where year = ? and submitted_at is not null", year);
    }

    Map<String, Integer> assessors(int year) {
        return counts("select region_code, count(*) from panel_member where year = ? group by region_code", year);
    }

    Map<String, Integer> assessorsDone(int year) {
        return counts("select region_code, count(*) from panel_submission where year = ? group by region_code", year);
    }

    Map<String, Integer> reconciliationOpen(int year) {
        Map<String, Integer> result = new HashMap<>();
        jdbc.sql("""
                        select region_code, count(*) from (
                            select region_code, question_no from assessor_score where year = ?
                            group by region_code, question_no having max(score) - min(score) >= ?
                        ) spread group by region_code
                        """).params(year, Reconciliation.SPREAD).query(rs -> {
            result.put(rs.getString(1), rs.getInt(2));
        });
        return result;
    }

    Map<String, Boolean[]> interviews(int year) {
        Map<String, Boolean[]> result = new HashMap<>();
        jdbc.sql("select region_code, held, region_attended from interview where year = ?")
                .param(year)
                .query(rs -> {
                    result.put(rs.getString(1), new Boolean[] {rs.getBoolean(2), (Boolean) rs.getObject(3)});
                });
        return result;
    }

    private Map<String, Integer> counts(String sql, int year) {
        Map<String, Integer> result = new HashMap<>();
        jdbc.sql(sql).param(year).query(rs -> {
            result.put(rs.getString(1), rs.getInt(2));
        });
        return result;
    }
}
