package id.kotacerdas.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of guidance materials; their content is in the shared evidence store, under {@code stored_name}. */
@Repository
class GuidanceMaterialRepository {

    record Stored(GuidanceMaterial view, String storedName) {}

    private static final String COLUMNS = "select id, session_id, original_name, content_type, size_bytes,"
            + " uploaded_by, uploaded_at, stored_name from programme_guidance_material";

    private final JdbcClient jdbc;

    GuidanceMaterialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(GuidanceMaterial m, String storedName, String sha256) {
        jdbc.sql("insert into programme_guidance_material (id, session_id, original_name, stored_name, content_type,"
                        + " size_bytes, sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        m.id(),
                        m.sessionId(),
                        m.name(),
                        storedName,
                        m.contentType(),
                        m.size(),
                        sha256,
                        m.uploadedBy(),
                        m.uploadedAt())
                .update();
    }

    long bytes(long session) {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from programme_guidance_material where session_id = ?")
                .param(session)
                .query(Long.class)
                .single();
    }

    List<GuidanceMaterial> of(long session) {
        return jdbc.sql(COLUMNS + " where session_id = ? order by uploaded_at, original_name")
                .param(session)
                .query((rs, n) -> view(rs))
                .list();
    }

    Optional<Stored> find(long session, UUID id) {
        return jdbc.sql(COLUMNS + " where session_id = ? and id = ?")
                .params(session, id)
                .query((rs, n) -> new Stored(view(rs), rs.getString("stored_name")))
                .optional();
    }

    private static GuidanceMaterial view(ResultSet rs) throws SQLException {
        return new GuidanceMaterial(
                rs.getObject("id", UUID.class),
                rs.getLong("session_id"),
                rs.getString("original_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
