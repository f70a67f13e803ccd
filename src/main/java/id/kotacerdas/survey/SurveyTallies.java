package id.kotacerdas.survey;

import id.kotacerdas.survey.domain.AnswerCounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-region aggregates of the responses, kept apart from the submissions: a submission only inserts its row
 * (updating a region's aggregates in its transaction would make every respondent of a region wait for the
 * others). The tallies catch up every {@code kc.survey.aggregate-every} and before every read, taking the
 * untallied responses in batches; one aggregator runs at a time, so nothing is counted twice.
 */
@Component
class SurveyTallies {

    private static final long AGGREGATOR_LOCK = 0x5355525645594147L; // "SURVEYAG"
    private static final int BATCH = 20_000;

    private static final String AGGREGATE = """
            with batch as (
                update survey_response set tallied = true
                where id in (select id from survey_response where not tallied order by id limit ?)
                returning year, region_code, dimension, answers, straight_lined, too_fast
            ), dimensions as (
                insert into survey_tally as t (year, region_code, dimension, counted, straight_lined, too_fast)
                select year, region_code, dimension,
                       count(*) filter (where not straight_lined and not too_fast),
                       count(*) filter (where straight_lined), count(*) filter (where too_fast)
                from batch group by year, region_code, dimension
                on conflict (year, region_code, dimension) do update set
                    counted = t.counted + excluded.counted,
                    straight_lined = t.straight_lined + excluded.straight_lined,
                    too_fast = t.too_fast + excluded.too_fast
                returning 1
            )
            insert into survey_answer_tally as t (year, region_code, dimension, position, ones, twos, threes, fours)
            select b.year, b.region_code, b.dimension, a.position,
                   count(*) filter (where a.value = 1), count(*) filter (where a.value = 2),
                   count(*) filter (where a.value = 3), count(*) filter (where a.value = 4)
            from batch b cross join lateral unnest(b.answers) with ordinality as a(value, position)
            where not b.straight_lined and not b.too_fast
            group by b.year, b.region_code, b.dimension, a.position
            on conflict (year, region_code, dimension, position) do update set
                ones = t.ones + excluded.ones, twos = t.twos + excluded.twos,
                threes = t.threes + excluded.threes, fours = t.fours + excluded.fours
            """;

    private static final Logger log = LoggerFactory.getLogger(SurveyTallies.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SurveyTallies(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** In the background; a database that is away (e.g. stopping with the application) is retried next time. */
    @Scheduled(fixedDelayString = "${kc.survey.aggregate-every:1s}")
    void catchUpInBackground() {
        try {
            catchUp();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Survey tallies did not catch up, retrying later: {}", e.getMessage());
        }
    }

    void catchUp() {
        boolean more = jdbc.sql("select exists (select 1 from survey_response where not tallied)")
                .query(Boolean.class)
                .single();
        while (more) {
            more = Boolean.TRUE.equals(transactions.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(?)")
                        .param(AGGREGATOR_LOCK)
                        .query()
                        .singleRow();
                int pending = jdbc.sql(
                                "select count(*) from (select 1 from survey_response where not tallied limit ?) p")
                        .param(BATCH)
                        .query(Integer.class)
                        .single();
                if (pending > 0) {
                    jdbc.sql(AGGREGATE).param(BATCH).update();
                }
                return pending == BATCH;
            }));
        }
    }

    /** Counted, straight-lined and too-fast responses per smart dimension. */
    record DimensionCount(String dimension, int counted, int straightLined, int tooFast) {}

    record Key(String region, String dimension) {}

    Map<Key, DimensionCount> dimensions(int year, String regionOrNull) {
        Map<Key, DimensionCount> result = new HashMap<>();
        jdbc.sql("select region_code, dimension, counted, straight_lined, too_fast from survey_tally"
                        + " where year = ? and (cast(? as varchar) is null or region_code = ?)")
                .params(year, regionOrNull, regionOrNull)
                .query(rs -> {
                    result.put(
                            new Key(rs.getString(1), rs.getString(2)),
                            new DimensionCount(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                });
        return result;
    }

    record PositionKey(String region, String dimension, int position) {}

    /** Answer counts per statement position (1-based) of each smart dimension. */
    Map<PositionKey, AnswerCounts> answers(int year, String regionOrNull) {
        Map<PositionKey, AnswerCounts> result = new HashMap<>();
        jdbc.sql("select region_code, dimension, position, ones, twos, threes, fours from survey_answer_tally"
                        + " where year = ? and (cast(? as varchar) is null or region_code = ?)")
                .params(year, regionOrNull, regionOrNull)
                .query(rs -> {
                    result.put(
                            new PositionKey(rs.getString(1), rs.getString(2), rs.getInt(3)),
                            new AnswerCounts(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
                });
        return result;
    }

    List<String> regionsWithResponses(int year) {
        return jdbc.sql("select distinct region_code from survey_tally where year = ?")
                .param(year)
                .query(String.class)
                .list();
    }
}
