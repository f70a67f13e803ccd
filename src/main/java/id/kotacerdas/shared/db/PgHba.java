package id.kotacerdas.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The embedded server's {@code pg_hba.conf}: every connection, local or over loopback, needs a password. */
final class PgHba {

    static final String CONTENT = """
            # Written by Kota Cerdas: every connection needs a password (SCRAM); the passwords are in
            # ../pg-secret.properties. Connections come from this machine only (listen_addresses = localhost).
            # TYPE  DATABASE     USER  ADDRESS       METHOD
            local   all          all                 scram-sha-256
            host    all          all   127.0.0.1/32  scram-sha-256
            host    all          all   ::1/128       scram-sha-256
            local   replication  all                 scram-sha-256
            host    replication  all   127.0.0.1/32  scram-sha-256
            host    replication  all   ::1/128       scram-sha-256
            """;

    private PgHba() {}

    /** What {@link #upgrade} found. */
    enum Change {
        NONE,
        WRITTEN,
        /** The folder trusted every local connection (written by an earlier version): now it needs passwords. */
        TRUST_REPLACED
    }

    /** Writes the password-only rules when the folder has others (initdb's, or an earlier version's "trust"). */
    static Change upgrade(Path pgData) throws IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        String current = Files.exists(hba) ? Files.readString(hba, StandardCharsets.UTF_8) : "";
        if (current.equals(CONTENT)) {
            return Change.NONE;
        }
        boolean trusted = current.lines().anyMatch(line -> !line.startsWith("#") && line.matches(".*\\btrust\\b.*"));
        Path temp = pgData.resolve("pg_hba.conf.new");
        Files.writeString(temp, CONTENT, StandardCharsets.UTF_8);
        Files.move(temp, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return trusted ? Change.TRUST_REPLACED : Change.WRITTEN;
    }
}
