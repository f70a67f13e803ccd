package id.kotacerdas.shared.db;

import id.kotacerdas.shared.io.OwnerOnlyFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL (zonky) with its data in {@code KC_DATA_DIR/pg}, hardened: every connection needs a
 * password (SCRAM), the passwords are in {@link DatabaseSecret}, and the application connects as
 * {@code kc_app}, a role that is no superuser and owns nothing; {@code postgres} owns the tables and runs the
 * migrations. A folder written by an earlier version (password-less {@code trust}) is upgraded on start.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final DatabaseSecret secret;
    private final Path pgData;
    private final Path binaries;
    private volatile String serverOptions;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseSecret secret, Path pgData, Path binaries) {
        this.postgres = postgres;
        this.secret = secret;
        this.pgData = pgData;
        this.binaries = binaries;
    }

    /** Starts the server of {@code dataDir} (creating it, or upgrading one from an earlier version). */
    public static EmbeddedDatabase start(Path dataDir, boolean clean, int port) throws IOException {
        Path home = dataDir.toAbsolutePath();
        Path pgData = home.resolve("pg");
        Files.createDirectories(pgData);
        DatabaseSecret secret = DatabaseSecret.of(home);
        boolean fresh = clean || !Files.exists(pgData.resolve("postgresql.conf"));
        Path passwordFile = home.resolve("pg-initdb-password");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(clean)
                .setPort(port)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                .setConnectConfig("password", secret.ownerPassword());
        if (fresh) {
            // initdb with a password from the start (zonky passes "-A trust"; the later option wins)
            OwnerOnlyFiles.write(passwordFile, secret.ownerPassword() + "\n");
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        }
        log.info("Starting embedded PostgreSQL with data in {}", pgData);
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        try {
            Path binaries = harden(postgres, secret, pgData);
            return new EmbeddedDatabase(postgres, secret, pgData, binaries);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw new IOException("Could not secure the embedded PostgreSQL in " + pgData, e);
        }
    }

    /** Passwords on both roles, the application's role without privileges of its own, password-only access. */
    private static Path harden(EmbeddedPostgres postgres, DatabaseSecret secret, Path pgData)
            throws SQLException, IOException {
        DataSource owner = postgres.getDatabase(secret.ownerUser(), DATABASE, passwordOf(secret.ownerPassword()));
        try (Connection c = owner.getConnection();
                Statement s = c.createStatement()) {
            s.execute(RoleStatements.ownerPassword(secret));
            boolean appExists;
            try (ResultSet r = s.executeQuery(RoleStatements.appRoleExists(secret))) {
                appExists = r.next();
            }
            s.execute(RoleStatements.appRole(secret, appExists));
            PgHba.Change hba = PgHba.upgrade(pgData);
            if (hba == PgHba.Change.TRUST_REPLACED) {
                log.warn(
                        "Embedded PostgreSQL in {} trusted every local connection (an earlier version): it needs"
                                + " passwords now, kept in {}",
                        pgData,
                        DatabaseSecret.FILE);
            }
            if (hba != PgHba.Change.NONE) {
                try (ResultSet r = s.executeQuery("select pg_reload_conf()")) {
                    r.next();
                }
            }
            try (ResultSet r = s.executeQuery("select setting from pg_config where name = 'BINDIR'")) {
                r.next();
                return Path.of(r.getString(1));
            }
        }
    }

    private static Map<String, String> passwordOf(String password) {
        return Map.of("password", password);
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public DatabaseSecret secret() {
        return secret;
    }

    /** A connection source (not pooled) as the owner of the tables, for the migrations and the backups. */
    public DataSource ownerDataSource() {
        return dataSource(secret.ownerUser(), secret.ownerPassword());
    }

    /** A connection source (not pooled) as the application's role. */
    public DataSource appDataSource() {
        return dataSource(secret.appUser(), secret.appPassword());
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl());
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** The folder of the server's programs (pg_ctl, pg_dump, pg_restore, psql), unpacked by zonky. */
    public Path binaries() {
        return binaries;
    }

    public Path dataDirectory() {
        return pgData;
    }

    /** Stops the server (fast: open sessions are ended), as if the database went away. */
    public void stopServer() throws IOException {
        serverOptions = ServerOptions.of(pgData);
        pgCtl(List.of("-D", pgData.toString(), "-m", "fast", "-w", "stop"));
    }

    /** Starts the server again after {@link #stopServer()}, on the same port with the same settings. */
    public void startServer() throws IOException {
        pgCtl(List.of(
                "-D",
                pgData.toString(),
                "-o",
                serverOptions,
                "-l",
                pgData.resolveSibling("pg-restart.log").toString(),
                "-w",
                "start"));
    }

    private void pgCtl(List<String> arguments) throws IOException {
        Programs.run(binaries.resolve("pg_ctl"), arguments, Map.of());
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
