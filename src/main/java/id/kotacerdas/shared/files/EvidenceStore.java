package id.kotacerdas.shared.files;

import java.util.Optional;

/**
 * Where the content of evidence files is kept, by the name generated for each file: in PostgreSQL by default
 * ({@link DatabaseEvidenceStore}, table {@code evidence_content}), or in S3-compatible object storage with
 * {@code kc.evidence.store=s3} ({@link S3EvidenceStore}). Either way every instance reads what any instance stored.
 * One store holds the evidence of every module (a self-assessment's, a masterplan realisation's, a field evaluation's
 * photos, a masterplan review's documents, a guidance session's materials): each file's row in its module names
 * the content, and the generated names never meet.
 */
public interface EvidenceStore {

    /** Keeps the content under this name; storing the same name again changes nothing. */
    void put(String name, byte[] content);

    Optional<byte[]> get(String name);

    boolean has(String name);

    /**
     * Removes the content under this name as the caller's transaction commits: a rolled-back removal keeps it
     * (outside a transaction it goes at once). A name never stored is no error.
     */
    void delete(String name);
}
