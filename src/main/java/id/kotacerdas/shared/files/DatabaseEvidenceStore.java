package id.kotacerdas.shared.files;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evidence content in table {@code evidence_content}, written and removed in the caller's transaction: a file is
 * stored exactly when its module's row is, and backed up with the rest of the database.
 */
@Component
@ConditionalOnProperty(name = "kc.evidence.store", havingValue = "postgres", matchIfMissing = true)
class DatabaseEvidenceStore implements EvidenceStore {

    private final JdbcClient jdbc;

    DatabaseEvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String name, byte[] content) {
        jdbc.sql("insert into evidence_content (stored_name, content) values (?, ?) on conflict do nothing")
                .params(name, content)
                .update();
    }

    @Override
    public Optional<byte[]> get(String name) {
        return jdbc.sql("select content from evidence_content where stored_name = ?")
                .param(name)
                .query(byte[].class)
                .optional();
    }

    @Override
    public void delete(String name) {
        jdbc.sql("delete from evidence_content where stored_name = ?")
                .param(name)
                .update();
    }

    @Override
    public boolean has(String name) {
        return jdbc.sql("select exists (select 1 from evidence_content where stored_name = ?)")
                .param(name)
                .query(Boolean.class)
                .single();
    }
}
