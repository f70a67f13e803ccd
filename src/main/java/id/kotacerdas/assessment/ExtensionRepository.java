package id.kotacerdas.assessment;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The regions' self-assessment extensions, one per period and region. */
@Repository
class ExtensionRepository {

    private static final String EXTENSION =
            "select until, reason, granted_by as grantedBy, granted_at as grantedAt from self_assessment_extension";

    private final JdbcClient jdbc;

    ExtensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SelfAssessmentExtension> find(int year, String region) {
        return jdbc.sql(EXTENSION + " where year = ? and region_code = ?")
                .params(year, region)
                .query(SelfAssessmentExtension.class)
                .optional();
    }

    /** Each extended region's new deadline. */
    Map<String, OffsetDateTime> untilByRegion(int year) {
        Map<String, OffsetDateTime> until = new HashMap<>();
        jdbc.sql("select region_code, until from self_assessment_extension where year = ?")
                .param(year)
                .query(rs -> {
                    until.put(rs.getString("region_code"), rs.getObject("until", OffsetDateTime.class));
                });
        return until;
    }

    void save(int year, String region, OffsetDateTime until, String reason, String actor) {
        jdbc.sql("""
                        insert into self_assessment_extension (year, region_code, until, reason, granted_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (year, region_code) do update
                        set until = excluded.until, reason = excluded.reason, granted_by = excluded.granted_by,
                            granted_at = now()
                        """).params(year, region, until, reason, actor).update();
    }

    boolean delete(int year, String region) {
        return jdbc.sql("delete from self_assessment_extension where year = ? and region_code = ?")
                        .params(year, region)
                        .update()
                > 0;
    }
}
