package id.kotacerdas.assessment;

import java.util.Optional;

/**
 * Where the content of evidence files is kept, by the name generated for each file: in PostgreSQL by default
 * ({@link DatabaseEvidenceStore}), or in S3-compatible object storage with {@code kc.evidence.store=s3}
 * ({@link S3EvidenceStore}). Either way every instance reads what any instance stored.
 */
interface EvidenceStore {

    /** Keeps the content under this name; storing the same name again changes nothing. */
    void put(String name, byte[] content);

    Optional<byte[]> get(String name);

    boolean has(String name);
}
