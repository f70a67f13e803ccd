package id.kotacerdas.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup of the database as one zip: every table of the schema (Flyway's history included) in PostgreSQL's
 * COPY text format, read in one repeatable-read snapshot (consistent while the application writes), the
 * sequences' positions and the schema version. A restore builds the schema of that version with the
 * migrations on an empty database, then loads the rows as they were. It needs no pg_dump (zonky's binaries
 * have none) and does not depend on the server's major version.
 */
final class LogicalBackup {

    private static final String MANIFEST = "manifest.properties";
    private static final String TABLES =
            "select tablename from pg_tables where schemaname = current_schema()" + " order by tablename";
    private static final String SEQUENCES =
            "select sequencename from pg_sequences" + " where schemaname = current_schema() order by sequencename";

    /** The migrations' own rows go: the backup's rows replace them. */
    private static final String EMPTY_EVERY_TABLE = """
            do $$
            declare
                t text;
            begin
                for t in select tablename from pg_tables where schemaname = current_schema() loop
                    execute format('delete from %I', t);
                end loop;
            end
            $$""";

    private LogicalBackup() {}

    static void write(DataSource owner, Path file) throws IOException, SQLException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Connection c = owner.getConnection();
                OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnection(c));
            Properties manifest = new Properties();
            manifest.setProperty(
                    "schema.version",
                    jdbc.queryForObject(
                            "select version from flyway_schema_history where success and version is not null"
                                    + " order by installed_rank desc limit 1",
                            String.class));
            List<String> tables = jdbc.queryForList(TABLES, String.class);
            manifest.setProperty("tables", String.join(",", tables));
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                copy.copyOut("copy " + Sql.identifier(table) + " to stdout", new NotClosing(zip));
                zip.closeEntry();
            }
            for (String sequence : jdbc.queryForList(SEQUENCES, String.class)) {
                jdbc.query("select last_value, is_called from " + Sql.identifier(sequence), r -> {
                    manifest.setProperty("sequence." + sequence, r.getLong(1) + "," + r.getBoolean(2));
                });
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(new NotClosing(zip), "Kota Cerdas backup");
            zip.closeEntry();
            c.commit();
        }
    }

    /** Into an empty database: the migrations up to the backup's version, then its rows, then its sequences. */
    static void restore(DataSource owner, String appRole, Path file) throws IOException, SQLException {
        Properties manifest = manifest(file);
        Flyway.configure()
                .dataSource(owner)
                .locations("classpath:db/migration", "classpath:db/callback")
                .placeholders(java.util.Map.of(MigrationRoles.PLACEHOLDER, appRole))
                .target(manifest.getProperty("schema.version"))
                .load()
                .migrate();
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // rows go in as they were: no foreign-key checks or triggers while loading (superuser only)
                s.execute("set local session_replication_role = replica");
                s.execute(EMPTY_EVERY_TABLE);
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (InputStream in = Files.newInputStream(file);
                    ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = entry.getName();
                    if (name.startsWith("tables/") && name.endsWith(".copy")) {
                        String table = name.substring("tables/".length(), name.length() - ".copy".length());
                        copy.copyIn("copy " + Sql.identifier(table) + " from stdin", zip);
                    }
                }
            }
            try (PreparedStatement setval = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                for (String key : manifest.stringPropertyNames()) {
                    if (key.startsWith("sequence.")) {
                        String[] position = manifest.getProperty(key).split(",");
                        setval.setString(1, Sql.identifier(key.substring("sequence.".length())));
                        setval.setLong(2, Long.parseLong(position[0]));
                        setval.setBoolean(3, Boolean.parseBoolean(position[1]));
                        setval.execute();
                    }
                }
            }
            c.commit();
        }
    }

    private static Properties manifest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    Properties p = new Properties();
                    p.load(new java.io.InputStreamReader(zip, StandardCharsets.ISO_8859_1));
                    return p;
                }
            }
        }
        throw new IOException(file + " is no Kota Cerdas backup (no " + MANIFEST + ")");
    }

    /** Row count and checksum (md5 of the rows' text, sorted) of every table: to compare two databases. */
    static List<String> tableSums(DataSource owner) {
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        List<String> sums = new ArrayList<>();
        for (String table : jdbc.queryForList(TABLES, String.class)) {
            sums.add(jdbc.queryForObject(
                    "select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))"
                            + " from " + Sql.identifier(table) + " t",
                    (r, i) -> table + " " + r.getString(1)));
        }
        return sums;
    }
}
