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
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey responses: stored in one round trip each (see {@code survey_submit} in V12), read for exports. */
@Repository
class SurveyResponseRepository {

    enum Outcome {
        CREATED,
        REPLAY,
        CLOSED,
        FULL
    }

    record Submitted(Outcome outcome, StoredResponse response) {}

    private final JdbcClient jdbc;

    SurveyResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Not transactional on purpose: the database function is the whole transaction, one round trip. */
    Submitted submit(UUID key, int year, String region, CheckedSubmission s, int quota) {
        return jdbc.sql("select outcome, r_year, r_region, r_dimension, array_to_string(r_answers, ','),"
                        + " r_submitted, r_straight, r_fast"
                        + " from survey_submit(?, ?, ?, ?, ?::smallint[], ?, ?, ?, ?, ?)")
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
                        quota)
                .query((rs, i) -> new Submitted(Outcome.valueOf(rs.getString(1)), response(rs)))
                .single();
    }

    /** Counted (unflagged) responses per smart dimension of a region, read live. */
    Map<String, Integer> countedByDimension(int year, String region) {
        Map<String, Integer> counted = new HashMap<>();
        jdbc.sql("select dimension, count(*) from survey_response where year = ? and region_code = ?"
                        + " and not straight_lined and not too_fast group by dimension")
                .params(year, region)
                .query(rs -> {
                    counted.put(rs.getString(1), rs.getInt(2));
                });
        return counted;
    }

    /** A respondent's free text; show it escaped. */
    public record Comment(String dimension, String text, OffsetDateTime submittedAt) {}

    List<Comment> latestComments(int year, String region, int limit) {
        return jdbc.sql("select dimension, comment, submitted_at from survey_response"
                        + " where year = ? and region_code = ? and comment is not null order by id desc limit ?")
                .params(year, region, limit)
                .query((rs, i) -> new Comment(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    /** The region's responses in the order they came, without anything that could identify a respondent. */
    void eachResponse(int year, String region, RowCallbackHandler handler) {
        jdbc.sql("select dimension, array_to_string(answers, ','), comment, seconds_taken, straight_lined,"
                        + " too_fast, submitted_at from survey_response where year = ? and region_code = ? order by id")
                .params(year, region)
                .query(handler);
    }

    private static StoredResponse response(ResultSet rs) throws SQLException {
        String answers = rs.getString(5);
        if (answers == null) {
            return null;
        }
        return new StoredResponse(
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                Arrays.stream(answers.split(",")).map(Integer::valueOf).toList(),
                rs.getObject(6, OffsetDateTime.class),
                rs.getBoolean(7),
                rs.getBoolean(8));
    }

    private static String arrayLiteral(short[] answers) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < answers.length; i++) {
            literal.append(i == 0 ? "" : ",").append(answers[i]);
        }
        return literal.append('}').toString();
    }
}
