package id.kotacerdas.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored responses read for the exports, one at a time and never all at once: the driver fetches {@link #FETCH}
 * rows per round trip. PostgreSQL keeps the rest behind a cursor only inside a transaction (with auto-commit the
 * driver reads the whole result first), so callers read inside a read-only one ({@link SurveyExport}).
 */
@Repository
class SurveyExportRepository {

    /** Rows per round trip: a few hundred kilobytes, whatever the size of the export. */
    static final int FETCH = 1000;

    private static final String EXPORTED = "select region_code, dimension, array_to_string(answers, ',') as answers,"
            + " comment, seconds_taken, straight_lined, too_fast, source,"
            + " id in (select response_id from survey_excluded) as quarantined, submitted_at from survey_response";

    /** One stored response as exports show it: nothing that could identify the respondent, not even its id. */
    record ExportedResponse(
            String regionCode,
            String dimension,
            List<Integer> answers,
            String comment,
            Integer secondsTaken,
            boolean straightLined,
            boolean tooFast,
            String source,
            boolean quarantined,
            OffsetDateTime submittedAt) {}

    private final JdbcClient jdbc;

    SurveyExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The region's responses in the order they came. */
    void eachOfRegion(int year, String region, Consumer<ExportedResponse> sink) {
        each(
                jdbc.sql(EXPORTED + " where year = ? and region_code = ? order by id")
                        .params(year, region),
                sink);
    }

    /** Every response of the period, region by region (by code), each region's in the order they came. */
    void eachOfPeriod(int year, Consumer<ExportedResponse> sink) {
        each(jdbc.sql(EXPORTED + " where year = ? order by region_code, id").params(year), sink);
    }

    private static void each(JdbcClient.StatementSpec query, Consumer<ExportedResponse> sink) {
        query.withFetchSize(FETCH).query((ResultSet rs) -> sink.accept(exported(rs)));
    }

    private static ExportedResponse exported(ResultSet rs) throws SQLException {
        return new ExportedResponse(
                rs.getString("region_code"),
                rs.getString("dimension"),
                SurveyResponseRepository.answers(rs.getString("answers")),
                rs.getString("comment"),
                rs.getObject("seconds_taken", Integer.class),
                rs.getBoolean("straight_lined"),
                rs.getBoolean("too_fast"),
                rs.getString("source"),
                rs.getBoolean("quarantined"),
                rs.getObject("submitted_at", OffsetDateTime.class));
    }
}
