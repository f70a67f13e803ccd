package id.kotacerdas.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of field evaluation photos; their content is in the shared evidence store, under {@code stored_name}. */
@Repository
class FieldEvaluationPhotoRepository {

    /** A photo's row: what is shown of it, and the name its content is stored under. */
    record Stored(FieldEvaluationPhoto view, String storedName) {}

    /** What an evaluation's photos take together. */
    record Usage(int photos, long bytes) {}

    private static final String COLUMNS = "select id, evaluation_id, caption, original_name, content_type,"
            + " size_bytes, uploaded_by, uploaded_at, stored_name from field_evaluation_photo";

    private final JdbcClient jdbc;

    FieldEvaluationPhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Usage usage(long evaluation) {
        return jdbc.sql("select count(*), coalesce(sum(size_bytes), 0) from field_evaluation_photo"
                        + " where evaluation_id = ?")
                .param(evaluation)
                .query((rs, n) -> new Usage(rs.getInt(1), rs.getLong(2)))
                .single();
    }

    void insert(long evaluation, FieldEvaluationPhoto v, String storedName, String sha256) {
        jdbc.sql("""
                        insert into field_evaluation_photo (id, evaluation_id, caption, original_name, stored_name,
                                                            content_type, size_bytes, sha256, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        v.id(),
                        evaluation,
                        v.caption(),
                        v.name(),
                        storedName,
                        v.contentType(),
                        v.size(),
                        sha256,
                        v.uploadedBy(),
                        v.uploadedAt())
                .update();
    }

    /** The evaluation's photos in the order they came. */
    List<FieldEvaluationPhoto> of(long evaluation) {
        return jdbc.sql(COLUMNS + " where evaluation_id = ? order by uploaded_at, id")
                .param(evaluation)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** The photos of each of the region's evaluations, by evaluation id, each in the order they came. */
    Map<Long, List<FieldEvaluationPhoto>> ofRegion(String region) {
        Map<Long, List<FieldEvaluationPhoto>> photos = new HashMap<>();
        jdbc.sql(COLUMNS + " where evaluation_id in (select id from field_evaluation where region_code = ?)"
                        + " order by evaluation_id, uploaded_at, id")
                .param(region)
                .query(rs -> {
                    photos.computeIfAbsent(rs.getLong("evaluation_id"), k -> new ArrayList<>())
                            .add(view(rs));
                });
        return photos;
    }

    /** The photo, when it belongs to this evaluation. */
    Optional<Stored> find(long evaluation, UUID id) {
        return jdbc.sql(COLUMNS + " where evaluation_id = ? and id = ?")
                .params(evaluation, id)
                .query((rs, n) -> new Stored(view(rs), rs.getString("stored_name")))
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from field_evaluation_photo where id = ?").param(id).update();
    }

    private static FieldEvaluationPhoto view(ResultSet rs) throws SQLException {
        return new FieldEvaluationPhoto(
                rs.getObject("id", UUID.class),
                rs.getString("caption"),
                rs.getString("original_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
