package id.kotacerdas.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ResultRevisionRepository {

    private final JdbcClient jdbc;

    ResultRevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the next revision of the region's result and returns its number. */
    int append(int year, String region, String reason, String actor, Map<String, BigDecimal> scores, BigDecimal fin) {
        int next = jdbc.sql(
                        "select coalesce(max(revision), 0) + 1 from result_revision where year = ? and region_code = ?")
                .params(year, region)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into result_revision (year, region_code, revision, reason, actor, scores, final_score)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(year, region, next, reason, actor, encode(scores), fin)
                .update();
        return next;
    }

    /** By hand: a revision's scores are one encoded text. */
    List<ResultRevision> history(int year, String region) {
        return jdbc.sql("select * from result_revision where year = ? and region_code = ? order by revision")
                .params(year, region)
                .query((rs, i) -> new ResultRevision(
                        rs.getInt("revision"),
                        rs.getString("reason"),
                        rs.getString("actor"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        decode(rs.getString("scores")),
                        rs.getBigDecimal("final_score")))
                .list();
    }

    /** "BASELINE=3.56;OUTPUT=2.73;COLLABORATION=" — an empty value is a missing score. */
    private static String encode(Map<String, BigDecimal> scores) {
        return scores.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + (e.getValue() == null ? "" : e.getValue().toPlainString()))
                .collect(Collectors.joining(";"));
    }

    private static Map<String, BigDecimal> decode(String text) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            String[] kv = pair.split("=", 2);
            scores.put(kv[0], kv.length < 2 || kv[1].isEmpty() ? null : new BigDecimal(kv[1]));
        }
        return scores;
    }
}
