package id.kotacerdas.survey;

import id.kotacerdas.survey.domain.CheckedSubmission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Survey responses: stored in one round trip each (see {@code survey_submit} in V12); exports read them through
 * {@link SurveyExportRepository}.
 */
@Repository
class SurveyResponseRepository {

    enum Outcome {
        CREATED,
        REPLAY,
        TOKEN_USED,
        PERIOD_CLOSED,
        CLOSED,
        FULL
    }

    record Submitted(Outcome outcome, StoredResponse response) {}

    private final JdbcClient jdbc;

    SurveyResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Not transactional on purpose: the database function is the whole transaction, one round trip. */
    Submitted submit(
            UUID key,
            int year,
            String region,
            CheckedSubmission s,
            int quota,
            String nonce,
            ResponseSource source,
            String addressGroup) {
        return jdbc.sql("select outcome, r_year as year, r_region as region_code, r_dimension as dimension,"
                        + " array_to_string(r_answers, ',') as answers, r_submitted as submitted_at,"
                        + " r_straight as straight_lined, r_fast as too_fast"
                        + " from survey_submit(?, ?, ?, ?, ?::smallint[], ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        key,
                        year,
                        region,
                        s.dimension(),
                        arrayLiteral(s.answers()),
                        s.comment(),
                        s.secondsTaken(),
                        s.straightLined(),
                        s.tooFast(),
                        quota,
                        nonce,
                        source.name(),
                        addressGroup)
                .query((rs, i) -> new Submitted(Outcome.valueOf(rs.getString("outcome")), response(rs)))
                .single();
    }

    /** Counted (unflagged) responses per smart dimension of a region, read live. */
    Map<String, Integer> countedByDimension(int year, String region) {
        Map<String, Integer> counted = new HashMap<>();
        jdbc.sql("select dimension, count(*) as n from survey_response where year = ? and region_code = ?"
                        + " and not straight_lined and not too_fast"
                        + " and id not in (select response_id from survey_excluded) group by dimension")
                .params(year, region)
                .query(rs -> {
                    counted.put(rs.getString("dimension"), rs.getInt("n"));
                });
        return counted;
    }

    /** A respondent's free text; show it escaped. */
    public record Comment(String dimension, String text, OffsetDateTime submittedAt) {}

    List<Comment> latestComments(int year, String region, int limit) {
        return jdbc.sql("select dimension, comment as text, submitted_at as submittedAt from survey_response"
                        + " where year = ? and region_code = ? and comment is not null"
                        + " and id not in (select response_id from survey_excluded) order by id desc limit ?")
                .params(year, region, limit)
                .query(Comment.class)
                .list();
    }

    private static StoredResponse response(ResultSet rs) throws SQLException {
        String answers = rs.getString("answers");
        if (answers == null) {
            return null;
        }
        return new StoredResponse(
                rs.getInt("year"),
                rs.getString("region_code"),
                rs.getString("dimension"),
                answers(answers),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getBoolean("straight_lined"),
                rs.getBoolean("too_fast"));
    }

    /** Answers as the database hands them over, also to the exports: "3,4,2,..." ({@code array_to_string}). */
    static List<Integer> answers(String joined) {
        return Arrays.stream(joined.split(",")).map(Integer::valueOf).toList();
    }

    private static String arrayLiteral(short[] answers) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < answers.length; i++) {
            literal.append(i == 0 ? "" : ",").append(answers[i]);
        }
        return literal.append('}').toString();
    }
}
