package id.kotacerdas.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The jar's database commands for the embedded database of {@code KC_DATA_DIR} (or {@code --kc.data-dir=DIR}),
 * run instead of the application: {@code --kc.backup=FILE} writes a backup ({@link LogicalBackup}), while the
 * application runs or not; {@code --kc.restore=FILE} creates the database of an empty data folder from one (the
 * application stopped); {@code --kc.table-sums} prints every table's row count and checksum.
 */
public final class DatabaseCommands {

    private DatabaseCommands() {}

    /** Runs the command the arguments name and returns true, or returns false when they name none. */
    public static boolean run(String[] args) throws IOException {
        Optional<String> backup = option(args, "kc.backup");
        Optional<String> restore = option(args, "kc.restore");
        boolean sums = List.of(args).contains("--kc.table-sums");
        if (backup.isEmpty() && restore.isEmpty() && !sums) {
            return false;
        }
        Path dataDir = Path.of(option(args, "kc.data-dir")
                        .or(() -> Optional.ofNullable(System.getenv("KC_DATA_DIR")))
                        .orElse("./data"))
                .toAbsolutePath();
        try {
            if (restore.isPresent()) {
                restore(dataDir, Path.of(restore.get()).toAbsolutePath());
            } else {
                withOwner(dataDir, owner -> {
                    if (backup.isPresent()) {
                        Path file = Path.of(backup.get()).toAbsolutePath();
                        LogicalBackup.write(owner, file);
                        System.out.println(
                                "Backup of " + dataDir + " written to " + file + " (" + Files.size(file) + " bytes)");
                    } else {
                        LogicalBackup.tableSums(owner).forEach(System.out::println);
                    }
                });
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return true;
    }

    private static void restore(Path dataDir, Path file) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No backup at " + file);
        }
        if (Files.exists(dataDir.resolve("pg").resolve("PG_VERSION"))) {
            throw new IOException(dataDir + " already holds a database: restore into an empty data folder"
                    + " (move this one away first, with the application stopped)");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false, 0)) {
            LogicalBackup.restore(database.ownerDataSource(), database.secret().appUser(), file);
        }
        System.out.println("Restored " + file + " into " + dataDir);
    }

    /** The owner's connection to the folder's server: the running one, or one started for the command. */
    private static void withOwner(Path dataDir, OwnerWork work) throws IOException, SQLException {
        Optional<Integer> running = runningPort(dataDir.resolve("pg"));
        if (running.isPresent()) {
            DatabaseSecret secret = DatabaseSecret.read(dataDir.resolve(DatabaseSecret.FILE));
            PGSimpleDataSource owner = new PGSimpleDataSource();
            owner.setURL("jdbc:postgresql://localhost:" + running.get() + "/" + EmbeddedDatabase.DATABASE);
            owner.setUser(secret.ownerUser());
            owner.setPassword(secret.ownerPassword());
            work.run(owner);
        } else {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false, 0)) {
                work.run(database.ownerDataSource());
            }
        }
    }

    /** The port of the folder's server while it runs (its postmaster.pid, 4th line). */
    private static Optional<Integer> runningPort(Path pgData) throws IOException {
        Path pid = pgData.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
        return lines.size() < 4
                ? Optional.empty()
                : Optional.of(Integer.parseInt(lines.get(3).strip()));
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

    private interface OwnerWork {
        void run(DataSource owner) throws IOException, SQLException;
    }
}
