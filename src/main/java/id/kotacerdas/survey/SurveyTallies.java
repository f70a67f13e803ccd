package id.kotacerdas.survey;

import id.kotacerdas.shared.cluster.SingleInstanceJobs;
import id.kotacerdas.survey.domain.AnswerCounts;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-region aggregates of the responses, kept apart from the submissions: a submission only inserts its row
 * (updating a region's aggregates in its transaction would make every respondent of a region wait for the
 * others), and no response is ever updated to mark it counted. The tallies catch up every
 * {@code kc.survey.aggregate-every} and before every read: one aggregator at a time takes the responses of
 * the transactions that finished since its watermark and moves the watermark, so nothing is counted twice.
 */
@Component
class SurveyTallies {

    private static final long AGGREGATOR_LOCK = 0x5355525645594147L; // "SURVEYAG"

    /** The lock {@code survey_submit} takes shared per year (V14); the same two keys. */
    private static final int SUBMISSIONS_LOCK = 1398100566; // 0x53555256, "SURV"

    /**
     * Per smart dimension of a region in {@code batch}: its counted, straight-lined and too-fast responses, and
     * its counted responses' answers as four arrays (how many answered 1, 2, 3 and 4 to each statement, in the
     * smart dimension's order).
     */
    private static final String COUNTS = """
                select d.year, d.region_code, d.dimension, d.counted, d.straight_lined, d.too_fast,
                       coalesce(a.ones, '{}') as ones, coalesce(a.twos, '{}') as twos,
                       coalesce(a.threes, '{}') as threes, coalesce(a.fours, '{}') as fours
                from (select year, region_code, dimension,
                             count(*) filter (where not straight_lined and not too_fast) as counted,
                             count(*) filter (where straight_lined) as straight_lined,
                             count(*) filter (where too_fast) as too_fast
                      from batch group by year, region_code, dimension) d
                left join (
                    select year, region_code, dimension,
                           array_agg(ones order by position) as ones, array_agg(twos order by position) as twos,
                           array_agg(threes order by position) as threes, array_agg(fours order by position) as fours
                    from (select b.year, b.region_code, b.dimension, a.position,
                                 count(*) filter (where a.value = 1) as ones, count(*) filter (where a.value = 2) as twos,
                                 count(*) filter (where a.value = 3) as threes, count(*) filter (where a.value = 4) as fours
                          from batch b cross join lateral unnest(b.answers) with ordinality as a(value, position)
                          where not b.straight_lined and not b.too_fast
                          group by b.year, b.region_code, b.dimension, a.position) p
                    group by year, region_code, dimension
                ) a on a.year = d.year and a.region_code = d.region_code and a.dimension = d.dimension
            """;

    /**
     * Tallies the responses of every transaction that finished since the watermark: all transactions below
     * the snapshot's xmin have ended, so no response can still appear below it; the watermark then moves there.
     */
    private static final String AGGREGATE = """
            with bounds as (
                select m.tallied_below as low, pg_snapshot_xmin(pg_current_snapshot()) as high
                from survey_tally_mark m where m.id = 1
            ), batch as (
                select s.year, s.region_code, s.dimension, s.answers, s.straight_lined, s.too_fast
                from survey_response s, bounds b
                where s.inserted_xid >= b.low and s.inserted_xid < b.high
                  and s.id not in (select response_id from survey_excluded)
            ), counts as (
            """ + COUNTS + """
            ), dimensions as (
                insert into survey_tally as t (year, region_code, dimension, counted, straight_lined, too_fast,
                                               ones, twos, threes, fours)
                select year, region_code, dimension, counted, straight_lined, too_fast, ones, twos, threes, fours
                from counts
                on conflict (year, region_code, dimension) do update set
                    counted = t.counted + excluded.counted,
                    straight_lined = t.straight_lined + excluded.straight_lined,
                    too_fast = t.too_fast + excluded.too_fast,
                    ones = survey_add_counts(t.ones, excluded.ones),
                    twos = survey_add_counts(t.twos, excluded.twos),
                    threes = survey_add_counts(t.threes, excluded.threes),
                    fours = survey_add_counts(t.fours, excluded.fours)
                returning 1
            )
            update survey_tally_mark m set tallied_below = b.high from bounds b where m.id = 1
            """;

    private static final String PENDING = """
            select exists (select 1 from survey_response s
                           where s.inserted_xid >= (select tallied_below from survey_tally_mark where id = 1)
                             and s.inserted_xid < pg_snapshot_xmin(pg_current_snapshot()))
            """;

    /**
     * A region's tallies again from its responses below the watermark, leaving out the quarantined ones (those
     * above it are tallied by the next catch-up, which leaves them out as well).
     */
    private static final String RECOUNT = """
            with batch as (
                select s.year, s.region_code, s.dimension, s.answers, s.straight_lined, s.too_fast
                from survey_response s
                where s.year = :year and s.region_code = :region
                  and s.inserted_xid < (select tallied_below from survey_tally_mark where id = 1)
                  and s.id not in (select response_id from survey_excluded)
            ), counts as (
            """ + COUNTS + """
            )
            insert into survey_tally (year, region_code, dimension, counted, straight_lined, too_fast,
                                      ones, twos, threes, fours)
            select year, region_code, dimension, counted, straight_lined, too_fast, ones, twos, threes, fours
            from counts
            """;

    private static final Logger log = LoggerFactory.getLogger(SurveyTallies.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SingleInstanceJobs jobs;
    private final TalliedCounts kept;

    SurveyTallies(JdbcClient jdbc, TransactionTemplate transactions, SingleInstanceJobs jobs, TalliedCounts kept) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.kept = kept;
        // its own transaction, also when a caller has one (finalization): the watermark must not wait for the
        // caller's transaction, nor the aggregator's lock be held until the caller commits
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * In the background, on one instance at a time (the others skip their turn while one runs); a database that
     * is away (e.g. stopping with the application) is retried next time.
     */
    @Scheduled(fixedDelayString = "${kc.survey.aggregate-every:1s}")
    void catchUpInBackground() {
        try {
            jobs.runAlone("survey-tallies", this::catchUp);
        } catch (DataAccessException | TransactionException e) {
            log.warn("Survey tallies did not catch up, retrying later: {}", e.getMessage());
        }
    }

    void catchUp() {
        if (!jdbc.sql(PENDING).query(Boolean.class).single()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)")
                    .param(AGGREGATOR_LOCK)
                    .query()
                    .singleRow();
            jdbc.sql(AGGREGATE).update();
            kept.forget();
        });
    }

    /**
     * Recounts a region in the caller's transaction (a quarantine decision, which the recount must see), holding
     * the aggregator's lock until it commits.
     */
    void recount(int year, String region) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(AGGREGATOR_LOCK)
                .query()
                .singleRow();
        jdbc.sql("delete from survey_tally where year = ? and region_code = ?")
                .params(year, region)
                .update();
        jdbc.sql(RECOUNT).param("year", year).param("region", region).update();
        kept.forget();
    }

    /** Counted, straight-lined and too-fast responses per smart dimension. */
    record DimensionCount(String dimension, int counted, int straightLined, int tooFast) {}

    record Key(String region, String dimension) {}

    /**
     * Read on every summary, so rows go by name straight into the map: mapping by class would add a record per
     * row and, per camelCase component, a failed column lookup (an exception in the driver) before the
     * snake_case one.
     */
    Map<Key, DimensionCount> dimensions(int year, String regionOrNull) {
        Map<Key, DimensionCount> result = new HashMap<>();
        jdbc.sql("select region_code, dimension, counted, straight_lined, too_fast from survey_tally"
                        + " where year = ? and (cast(? as varchar) is null or region_code = ?)")
                .params(year, regionOrNull, regionOrNull)
                .query(rs -> {
                    String dimension = rs.getString("dimension");
                    result.put(
                            new Key(rs.getString("region_code"), dimension),
                            new DimensionCount(
                                    dimension,
                                    rs.getInt("counted"),
                                    rs.getInt("straight_lined"),
                                    rs.getInt("too_fast")));
                });
        return result;
    }

    /**
     * When the period's results are being computed or are settled (FINALIZED or PUBLISHED as this transaction
     * sees it), takes the lock that keeps submissions out until the caller's transaction ends ({@code
     * survey_submit} holds it shared) and answers true: the caller then counts the responses themselves, since
     * the watermark cannot pass the finalizing transaction.
     */
    boolean settle(int year) {
        boolean frozen = jdbc.sql("select count(*) from period where year = ? and status in ('FINALIZED', 'PUBLISHED')")
                        .param(year)
                        .query(Integer.class)
                        .single()
                > 0;
        if (frozen) {
            jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                    .params(SUBMISSIONS_LOCK, year)
                    .query()
                    .singleRow();
        }
        return frozen;
    }

    /** Like {@link #dimensions} and {@link #answers} for one region, counted from the responses themselves. */
    Map<Key, DimensionCount> dimensionsLive(int year, String region) {
        Map<Key, DimensionCount> result = new HashMap<>();
        jdbc.sql("select dimension, count(*) filter (where not straight_lined and not too_fast) as counted,"
                        + " count(*) filter (where straight_lined) as straight, count(*) filter (where too_fast) as fast"
                        + " from survey_response where year = ? and region_code = ?"
                        + " and id not in (select response_id from survey_excluded) group by dimension")
                .params(year, region)
                .query(rs -> {
                    String dimension = rs.getString("dimension");
                    result.put(
                            new Key(region, dimension),
                            new DimensionCount(
                                    dimension, rs.getInt("counted"), rs.getInt("straight"), rs.getInt("fast")));
                });
        return result;
    }

    Map<PositionKey, AnswerCounts> answersLive(int year, String region) {
        Map<PositionKey, AnswerCounts> result = new HashMap<>();
        jdbc.sql("select s.dimension, a.position, count(*) filter (where a.value = 1) as ones,"
                        + " count(*) filter (where a.value = 2) as twos, count(*) filter (where a.value = 3) as threes,"
                        + " count(*) filter (where a.value = 4) as fours"
                        + " from survey_response s cross join lateral unnest(s.answers) with ordinality as a(value, position)"
                        + " where s.year = ? and s.region_code = ? and not s.straight_lined and not s.too_fast"
                        + " and s.id not in (select response_id from survey_excluded) group by s.dimension, a.position")
                .params(year, region)
                .query(rs -> {
                    result.put(
                            new PositionKey(region, rs.getString("dimension"), rs.getInt("position")),
                            new AnswerCounts(
                                    rs.getInt("ones"), rs.getInt("twos"), rs.getInt("threes"), rs.getInt("fours")));
                });
        return result;
    }

    record PositionKey(String region, String dimension, int position) {}

    /** Answer counts per statement position (1-based) of each smart dimension. */
    Map<PositionKey, AnswerCounts> answers(int year, String regionOrNull) {
        Map<PositionKey, AnswerCounts> result = new HashMap<>();
        jdbc.sql("select t.region_code, t.dimension, u.position, u.ones, u.twos, u.threes, u.fours from survey_tally t"
                        + " cross join lateral unnest(t.ones, t.twos, t.threes, t.fours)"
                        + " with ordinality as u(ones, twos, threes, fours, position)"
                        + " where t.year = ? and (cast(? as varchar) is null or t.region_code = ?)")
                .params(year, regionOrNull, regionOrNull)
                .query(rs -> {
                    result.put(
                            new PositionKey(
                                    rs.getString("region_code"), rs.getString("dimension"), rs.getInt("position")),
                            new AnswerCounts(
                                    rs.getInt("ones"), rs.getInt("twos"), rs.getInt("threes"), rs.getInt("fours")));
                });
        return result;
    }
}
