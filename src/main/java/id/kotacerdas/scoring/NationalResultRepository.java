package id.kotacerdas.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NationalResultRepository {

    /** A stored row of a national table: dimension scores as imported (null for a missing score). */
    record StoredResult(
            String regionCode,
            String track,
            Map<String, BigDecimal> scores,
            BigDecimal publishedFinal,
            BigDecimal publishedImprovement) {}

    private final JdbcClient jdbc;

    NationalResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertImport(
            UUID id,
            int year,
            String filename,
            String format,
            byte[] content,
            String actor,
            String correctionReason,
            boolean participantsFrozen) {
        jdbc.sql("""
                        insert into national_import (id, year, filename, format, content, imported_by,
                            correction_reason, participants_frozen)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, year, filename, format, content, actor, correctionReason, participantsFrozen)
                .update();
    }

    void countImport(UUID id, int imported, int rejected, int suggested) {
        jdbc.sql("update national_import set imported = ?, rejected = ?, suggested = ? where id = ?")
                .params(imported, rejected, suggested, id)
                .update();
    }

    record StoredImport(
            int year, String filename, byte[] content, String correctionReason, boolean participantsFrozen) {}

    Optional<StoredImport> findImport(UUID id) {
        return jdbc.sql("""
                        select year, filename, content, correction_reason as correctionReason,
                            participants_frozen as participantsFrozen
                        from national_import where id = ?
                        """).param(id).query(StoredImport.class).optional();
    }

    /** Whether the period holds any result, imported or computed. */
    boolean hasResults(int year) {
        return jdbc.sql("select exists (select 1 from national_result where year = ?)")
                .param(year)
                .query(Boolean.class)
                .single();
    }

    /** Whether the period's results were computed from its assessments (they are then frozen). */
    boolean hasAssessedResults(int year) {
        return jdbc.sql("select count(*) from national_result where year = ? and source = 'ASSESSMENT'")
                        .param(year)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Where the region's stored result comes from: PUBLISHED_TABLE or ASSESSMENT. */
    String source(int year, String region) {
        return jdbc.sql("select source from national_result where year = ? and region_code = ?")
                .params(year, region)
                .query(String.class)
                .single();
    }

    /** @param source PUBLISHED_TABLE (an import) or ASSESSMENT (computed at finalization) */
    void save(int year, StoredResult r, Integer line, UUID importId, String source) {
        jdbc.sql("""
                        insert into national_result (year, region_code, track, published_final,
                            published_improvement, source_line, import_id, source)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (year, region_code) do update set track = excluded.track,
                            published_final = excluded.published_final,
                            published_improvement = excluded.published_improvement,
                            source_line = excluded.source_line, import_id = excluded.import_id,
                            source = excluded.source, imported_at = now()
                        """)
                .params(
                        year,
                        r.regionCode(),
                        r.track(),
                        r.publishedFinal(),
                        r.publishedImprovement(),
                        line,
                        importId,
                        source)
                .update();
        jdbc.sql("delete from national_result_score where year = ? and region_code = ?")
                .params(year, r.regionCode())
                .update();
        r.scores()
                .forEach((dimension, score) -> jdbc.sql("""
                        insert into national_result_score (year, region_code, dimension_code, score)
                        values (?, ?, ?, ?)
                        """)
                        .params(year, r.regionCode(), dimension, score)
                        .update());
    }

    /** By hand: a result's scores are rows of their own, gathered by region first. */
    List<StoredResult> load(int year) {
        Map<String, Map<String, BigDecimal>> scores = new LinkedHashMap<>();
        jdbc.sql("select region_code, dimension_code, score from national_result_score where year = ?")
                .param(year)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getString("region_code"), k -> new LinkedHashMap<>())
                            .put(rs.getString("dimension_code"), rs.getBigDecimal("score"));
                });
        List<StoredResult> results = new ArrayList<>();
        jdbc.sql("""
                        select region_code, track, published_final, published_improvement
                        from national_result where year = ? order by region_code
                        """).param(year).query(rs -> {
            String code = rs.getString("region_code");
            results.add(new StoredResult(
                    code,
                    rs.getString("track"),
                    scores.getOrDefault(code, Map.of()),
                    rs.getBigDecimal("published_final"),
                    rs.getBigDecimal("published_improvement")));
        });
        return results;
    }
}
