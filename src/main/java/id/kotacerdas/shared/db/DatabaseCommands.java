package id.kotacerdas.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jar's database commands, run instead of the application: {@code --kc.backup=FILE} writes a dump
 * ({@code pg_dump -Fc}) of the embedded database of {@code KC_DATA_DIR} (or {@code --kc.data-dir=DIR}), while the
 * application runs or not; {@code --kc.restore=FILE} creates the embedded database of an empty data folder from
 * such a dump (the application stopped). Both use the embedded server's own programs, of its own version.
 */
public final class DatabaseCommands {

    private DatabaseCommands() {}

    /** Runs the command the arguments name and returns true, or returns false when they name none. */
    public static boolean run(String[] args) throws IOException {
        Optional<String> backup = option(args, "kc.backup");
        Optional<String> restore = option(args, "kc.restore");
        if (backup.isEmpty() && restore.isEmpty()) {
            return false;
        }
        Path dataDir = Path.of(option(args, "kc.data-dir")
                        .or(() -> Optional.ofNullable(System.getenv("KC_DATA_DIR")))
                        .orElse("./data"))
                .toAbsolutePath();
        if (backup.isPresent()) {
            backup(dataDir, Path.of(backup.get()).toAbsolutePath());
        } else {
            restore(dataDir, Path.of(restore.get()).toAbsolutePath());
        }
        return true;
    }

    static void backup(Path dataDir, Path file) throws IOException {
        Optional<RunningServer> running = RunningServer.of(dataDir.resolve("pg"));
        DatabaseSecret secret = DatabaseSecret.read(dataDir.resolve(DatabaseSecret.FILE));
        if (running.isPresent()) {
            dump(running.get().binaries(), running.get().port(), secret, file);
        } else {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false, 0)) {
                dump(database.binaries(), database.port(), secret, file);
            }
        }
        System.out.println("Backup of " + dataDir + " written to " + file + " (" + Files.size(file) + " bytes)");
    }

    static void restore(Path dataDir, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No backup at " + file);
        }
        if (Files.exists(dataDir.resolve("pg").resolve("PG_VERSION"))) {
            throw new IOException(dataDir + " already holds a database: restore into an empty data folder"
                    + " (move this one away first, with the application stopped)");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false, 0)) {
            Programs.run(
                    database.binaries().resolve("pg_restore"),
                    List.of(
                            "-h",
                            "localhost",
                            "-p",
                            String.valueOf(database.port()),
                            "-U",
                            database.secret().ownerUser(),
                            "-d",
                            EmbeddedDatabase.DATABASE,
                            "--exit-on-error",
                            "--single-transaction",
                            file.toString()),
                    Map.of("PGPASSWORD", database.secret().ownerPassword()));
        }
        System.out.println("Restored " + file + " into " + dataDir);
    }

    private static void dump(Path binaries, int port, DatabaseSecret secret, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Programs.run(
                binaries.resolve("pg_dump"),
                List.of(
                        "-h",
                        "localhost",
                        "-p",
                        String.valueOf(port),
                        "-U",
                        secret.ownerUser(),
                        "-Fc",
                        "-f",
                        file.toString(),
                        EmbeddedDatabase.DATABASE),
                Map.of("PGPASSWORD", secret.ownerPassword()));
    }

    private static Optional<String> option(String[] args, String name) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Optional.of(arg.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    /** The embedded server of a data folder while the application runs: its port and its programs. */
    record RunningServer(int port, Path binaries) {

        static Optional<RunningServer> of(Path pgData) throws IOException {
            Path pid = pgData.resolve("postmaster.pid");
            Path opts = pgData.resolve("postmaster.opts");
            if (!Files.exists(pid) || !Files.exists(opts)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
            String command = Files.readString(opts, StandardCharsets.UTF_8).strip();
            Path postgres = Path.of(command.substring(0, command.indexOf(' ')));
            if (lines.size() < 4 || !Files.exists(postgres)) {
                return Optional.empty();
            }
            return Optional.of(new RunningServer(Integer.parseInt(lines.get(3).strip()), postgres.getParent()));
        }
    }
}
