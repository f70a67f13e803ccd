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
        return counts("select region_code, count(*) as n from answer where year = ? group by region_code", year);
    }

    Map<String, Integer> submitted(int year) {
        return counts(
                "select region_code, 1 as n from self_assessment where year = ? and submitted_at is not null", year);
    }

    Map<String, Integer> assessors(int year) {
        return counts("select region_code, count(*) as n from panel_member where year = ? group by region_code", year);
    }

    Map<String, Integer> assessorsDone(int year) {
        return counts(
                "select region_code, count(*) as n from panel_submission where year = ? group by region_code", year);
    }

    Map<String, Integer> reconciliationOpen(int year) {
        return counts("""
                select region_code, count(*) as n from (
                    select region_code, question_no from assessor_score where year = ?
                    group by region_code, question_no having max(score) - min(score) >= ?
                ) spread group by region_code
                """, year, Reconciliation.SPREAD);
    }

    Map<String, Boolean[]> interviews(int year) {
        Map<String, Boolean[]> result = new HashMap<>();
        jdbc.sql("select region_code, held, region_attended from interview where year = ?")
                .param(year)
                .query(rs -> {
                    result.put(
                            rs.getString("region_code"),
                            new Boolean[] {rs.getBoolean("held"), (Boolean) rs.getObject("region_attended")});
                });
        return result;
    }

    /** A map, not rows: each query names its region {@code region_code} and its count {@code n}. */
    private Map<String, Integer> counts(String sql, Object... params) {
        Map<String, Integer> result = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            result.put(rs.getString("region_code"), rs.getInt("n"));
        });
        return result;
    }
}
