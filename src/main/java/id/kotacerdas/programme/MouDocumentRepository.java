package id.kotacerdas.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revisions of the signed MoUs; their content is in the shared evidence store, under {@code stored_name}. */
@Repository
class MouDocumentRepository {

    record Stored(MouDocument view, String storedName) {}

    private static final String COLUMNS = "select id, selection_id, region_code, revision, original_name,"
            + " size_bytes, uploaded_by, uploaded_at, stored_name from programme_mou_document";

    private final JdbcClient jdbc;

    MouDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextRevision(long selection, String region) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from programme_mou_document"
                        + " where selection_id = ? and region_code = ?")
                .params(selection, region)
                .query(Integer.class)
                .single();
    }

    void insert(MouDocument d, String storedName, String sha256) {
        jdbc.sql("insert into programme_mou_document (id, selection_id, region_code, revision, original_name,"
                        + " stored_name, size_bytes, sha256, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.id(),
                        d.selectionId(),
                        d.regionCode(),
                        d.revision(),
                        d.name(),
                        storedName,
                        d.size(),
                        sha256,
                        d.uploadedBy(),
                        d.uploadedAt())
                .update();
    }

    /** Every revision, the latest first. */
    List<MouDocument> revisions(long selection, String region) {
        return jdbc.sql(COLUMNS + " where selection_id = ? and region_code = ? order by revision desc")
                .params(selection, region)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** The revision given, or the latest when null. */
    Optional<Stored> find(long selection, String region, Integer revision) {
        return jdbc.sql(COLUMNS + " where selection_id = ? and region_code = ?"
                        + " and (cast(? as int) is null or revision = ?) order by revision desc limit 1")
                .params(selection, region, revision, revision)
                .query((rs, n) -> new Stored(view(rs), rs.getString("stored_name")))
                .optional();
    }

    private static MouDocument view(ResultSet rs) throws SQLException {
        return new MouDocument(
                rs.getObject("id", UUID.class),
                rs.getLong("selection_id"),
                rs.getString("region_code"),
                rs.getInt("revision"),
                rs.getString("original_name"),
                rs.getLong("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
