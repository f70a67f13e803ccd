package id.kotacerdas.survey;

import id.kotacerdas.survey.RegionIntegrity.Group;
import id.kotacerdas.survey.RegionIntegrity.Hour;
import id.kotacerdas.survey.RegionIntegrity.Pattern;
import id.kotacerdas.survey.RegionIntegrity.Seconds;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads for the integrity view, and the quarantine decisions. Responses are read, never changed. */
@Repository
class SurveyIntegrityRepository {

    private static final String EXCLUDED = "select response_id from survey_excluded";

    private final JdbcClient jdbc;

    SurveyIntegrityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Totals(int total, int flagged, int quarantined, int online, int duplicates) {}

    Totals totals(int year, String region) {
        return jdbc.sql("""
                        select count(*) as total,
                               count(*) filter (where straight_lined or too_fast) as flagged,
                               count(*) filter (where id in (%s)) as quarantined,
                               count(*) filter (where source = 'ONLINE') as online,
                               coalesce((select sum(n) from (select count(*) as n from survey_response d
                                   where d.year = :year and d.region_code = :region
                                   group by d.dimension, d.answers having count(*) > 1) p), 0) as duplicates
                        from survey_response where year = :year and region_code = :region
                        """.formatted(EXCLUDED))
                .param("year", year)
                .param("region", region)
                .query(Totals.class)
                .single();
    }

    List<IntegrityRow> nation(int year) {
        return jdbc.sql("""
                        with r as (
                            select region_code, count(*) as total,
                                   count(*) filter (where straight_lined or too_fast) as flagged,
                                   count(*) filter (where id in (%s)) as quarantined,
                                   count(*) filter (where source = 'ONLINE') as online,
                                   count(*) filter (where source = 'PAPER') as paper,
                                   count(*) filter (where source = 'COUNTER') as counter
                            from survey_response where year = :year group by region_code
                        ), g as (
                            select region_code, max(n) as top from (
                                select region_code, address_group, count(*) as n from survey_response
                                where year = :year and address_group is not null group by 1, 2) x
                            group by region_code
                        ), d as (
                            select region_code, sum(n) as duplicates from (
                                select region_code, dimension, answers, count(*) as n from survey_response
                                where year = :year group by 1, 2, 3 having count(*) > 1) x
                            group by region_code
                        ), h as (
                            select region_code, max(n) as peak from (
                                select region_code, date_trunc('hour', submitted_at), count(*) as n
                                from survey_response where year = :year group by 1, 2) x
                            group by region_code
                        )
                        select r.region_code as regionCode, r.total, r.flagged, r.quarantined, r.online, r.paper,
                               r.counter, coalesce(g.top, 0) as topGroup, coalesce(d.duplicates, 0) as duplicates,
                               coalesce(h.peak, 0) as peakHour
                        from r left join g using (region_code) left join d using (region_code)
                               left join h using (region_code)
                        order by r.region_code
                        """.formatted(EXCLUDED))
                .param("year", year)
                .query(IntegrityRow.class)
                .list();
    }

    Map<String, Integer> bySource(int year, String region) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select source, count(*) as n from survey_response where year = ? and region_code = ?"
                        + " group by source order by source")
                .params(year, region)
                .query(rs -> {
                    counts.put(rs.getString("source"), rs.getInt("n"));
                });
        return counts;
    }

    List<Group> groups(int year, String region, int online, int limit) {
        return jdbc.sql("select address_group, count(*) as n from survey_response where year = ? and region_code = ?"
                        + " and address_group is not null group by address_group order by n desc, address_group"
                        + " limit ?")
                .params(year, region, limit)
                .query((rs, i) ->
                        new Group(rs.getString("address_group"), rs.getInt("n"), share(rs.getInt("n"), online)))
                .list();
    }

    List<Pattern> patterns(int year, String region, int limit) {
        return jdbc.sql("select dimension, array_to_string(answers, ',') as answers, count(*) as n"
                        + " from survey_response where year = ? and region_code = ?"
                        + " group by dimension, answers having count(*) > 1 order by n desc, dimension limit ?")
                .params(year, region, limit)
                .query((rs, i) -> new Pattern(rs.getString("dimension"), rs.getString("answers"), rs.getInt("n")))
                .list();
    }

    List<Hour> perHour(int year, String region) {
        return jdbc.sql("select date_trunc('hour', submitted_at) as hour, count(*) as n from survey_response"
                        + " where year = ? and region_code = ? group by 1 order by 1 desc limit 72")
                .params(year, region)
                .query((rs, i) -> new Hour(rs.getObject("hour", OffsetDateTime.class), rs.getInt("n")))
                .list();
    }

    Seconds seconds(int year, String region) {
        return jdbc.sql("select min(seconds_taken) as min,"
                        + " percentile_disc(0.1) within group (order by seconds_taken) as p10,"
                        + " percentile_disc(0.5) within group (order by seconds_taken) as median,"
                        + " percentile_disc(0.9) within group (order by seconds_taken) as p90"
                        + " from survey_response where year = ? and region_code = ? and seconds_taken is not null")
                .params(year, region)
                .query((rs, i) -> new Seconds(
                        rs.getObject("min", Integer.class),
                        rs.getObject("p10", Integer.class),
                        rs.getObject("median", Integer.class),
                        rs.getObject("p90", Integer.class)))
                .single();
    }

    long createQuarantine(int year, String region, String reason, String actor) {
        return jdbc.sql("insert into survey_quarantine (year, region_code, reason, created_by) values (?, ?, ?, ?)"
                        + " returning id")
                .params(year, region, reason, actor)
                .query(Long.class)
                .single();
    }

    /** Puts the region's matching responses that are not quarantined yet into the quarantine; how many. */
    int quarantine(long id, int year, String region, QuarantineFilter f) {
        return jdbc.sql("""
                        insert into survey_quarantined (quarantine_id, response_id)
                        select :id, s.id from survey_response s
                        where s.year = :year and s.region_code = :region
                          and s.id not in (%s)
                          and (cast(:group as varchar) is null or s.address_group = :group)
                          and (cast(:from as timestamptz) is null or s.submitted_at >= :from)
                          and (cast(:to as timestamptz) is null or s.submitted_at < :to)
                          and (cast(:dimension as varchar) is null or s.dimension = :dimension)
                          and (cast(:answers as varchar) is null or array_to_string(s.answers, ',') = :answers)
                          and (cast(:source as varchar) is null or s.source = :source)
                          and (cast(:ids as bigint[]) is null or s.id = any(cast(:ids as bigint[])))
                        """.formatted(EXCLUDED))
                .param("id", id)
                .param("year", year)
                .param("region", region)
                .param("group", f.addressGroup())
                .param("from", f.from())
                .param("to", f.to())
                .param("dimension", f.dimension())
                .param("answers", f.answers())
                .param("source", f.source())
                .param("ids", ids(f.responseIds()))
                .update();
    }

    void deleteQuarantine(long id) {
        jdbc.sql("delete from survey_quarantine where id = ?").param(id).update();
    }

    /** A quarantine decision with the number of responses it took. */
    public record Quarantine(
            long id,
            String reason,
            String createdBy,
            OffsetDateTime createdAt,
            int responses,
            String releasedBy,
            OffsetDateTime releasedAt,
            String releaseReason) {

        public boolean active() {
            return releasedAt == null;
        }
    }

    List<Quarantine> quarantines(int year, String region) {
        return jdbc.sql("""
                        select q.id, q.reason, q.created_by as createdBy, q.created_at as createdAt,
                               (select count(*) from survey_quarantined r where r.quarantine_id = q.id) as responses,
                               q.released_by as releasedBy, q.released_at as releasedAt,
                               q.release_reason as releaseReason
                        from survey_quarantine q where q.year = ? and q.region_code = ? order by q.id desc
                        """).params(year, region).query(Quarantine.class).list();
    }

    /** True when an active quarantine of the region was released now. */
    boolean release(long id, int year, String region, String actor, String reason) {
        return jdbc.sql("update survey_quarantine set released_by = ?, released_at = now(), release_reason = ?"
                                + " where id = ? and year = ? and region_code = ? and released_at is null")
                        .params(actor, reason, id, year, region)
                        .update()
                > 0;
    }

    private static String ids(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < ids.size(); i++) {
            literal.append(i == 0 ? "" : ",").append(ids.get(i).longValue());
        }
        return literal.append('}').toString();
    }

    static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
