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

/** The rows of realisation evidence; their content is in the shared evidence store, under {@code stored_name}. */
@Repository
class RealisationEvidenceRepository {

    /** A file's row: what is shown of it, and the name its content is stored under. */
    record Stored(RealisationEvidence view, String storedName) {}

    private static final String COLUMNS = "select id, item_id, year, semester, original_name, content_type,"
            + " size_bytes, uploaded_by, uploaded_at, stored_name from masterplan_evidence";

    private final JdbcClient jdbc;

    RealisationEvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the masterplan's row until the transaction ends, so that two uploads cannot both pass its quota (a
     * no-key lock: adding items or figures meanwhile still works).
     */
    void lock(long plan) {
        jdbc.sql("select id from masterplan where id = ? for no key update")
                .param(plan)
                .query(Long.class)
                .single();
    }

    /** The bytes of all the evidence of the masterplan. */
    long bytes(long plan) {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from masterplan_evidence where masterplan_id = ?")
                .param(plan)
                .query(Long.class)
                .single();
    }

    void insert(long plan, RealisationEvidence v, String storedName, String sha256) {
        jdbc.sql("""
                        insert into masterplan_evidence (id, masterplan_id, item_id, year, semester, original_name,
                                                         stored_name, content_type, size_bytes, sha256, uploaded_by,
                                                         uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        v.id(),
                        plan,
                        v.item(),
                        v.year(),
                        semester(v.semester()),
                        v.name(),
                        storedName,
                        v.contentType(),
                        v.size(),
                        sha256,
                        v.uploadedBy(),
                        v.uploadedAt())
                .update();
    }

    /**
     * The files of the masterplan's year, of one item or of all ({@code item} null): all of the year's with
     * {@code semester} null, else that semester's; in the order they came.
     */
    List<RealisationEvidence> of(long plan, Long item, int year, Integer semester) {
        List<Object> params = new ArrayList<>(List.of(plan, year));
        String where = " where masterplan_id = ? and year = ?" + period(semester, params);
        if (item != null) {
            where += " and item_id = ?";
            params.add(item);
        }
        return jdbc.sql(COLUMNS + where + " order by uploaded_at, original_name")
                .params(params)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** How many files each item of the masterplan has in the year (or semester, as {@link #of}). */
    Map<Long, Integer> counts(long plan, int year, Integer semester) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Object> params = new ArrayList<>(List.of(plan, year));
        jdbc.sql("select item_id, count(*) from masterplan_evidence where masterplan_id = ? and year = ?"
                        + period(semester, params) + " group by item_id")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** The file, when it belongs to this masterplan. */
    Optional<Stored> find(long plan, UUID id) {
        return jdbc.sql(COLUMNS + " where masterplan_id = ? and id = ?")
                .params(plan, id)
                .query((rs, n) -> new Stored(view(rs), rs.getString("stored_name")))
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from masterplan_evidence where id = ?").param(id).update();
    }

    /** Deletes every file of the item, giving the names their content is stored under. */
    List<String> deleteOfItem(long item) {
        return jdbc.sql("delete from masterplan_evidence where item_id = ? returning stored_name")
                .param(item)
                .query(String.class)
                .list();
    }

    /** A semester's files only, or (null) all of the year's. */
    private static String period(Integer semester, List<Object> params) {
        if (semester == null) {
            return "";
        }
        params.add(semester);
        return " and semester = ?";
    }

    private static RealisationEvidence view(ResultSet rs) throws SQLException {
        int semester = rs.getInt("semester");
        return new RealisationEvidence(
                rs.getObject("id", UUID.class),
                rs.getLong("item_id"),
                rs.getInt("year"),
                semester == 0 ? null : semester,
                rs.getString("original_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }

    private static int semester(Integer semester) {
        return semester == null ? 0 : semester;
    }
}
