package id.kotacerdas.shared.db;

import id.kotacerdas.shared.io.OwnerOnlyFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's two roles, generated on first start and kept in
 * {@code KC_DATA_DIR/pg-secret.properties}, a file only its owner may read: {@code owner.*} (the bootstrap
 * superuser that owns the tables and runs the migrations) and {@code app.*} (the role the application runs as).
 */
public record DatabaseSecret(String ownerUser, String ownerPassword, String appUser, String appPassword) {

    public static final String FILE = "pg-secret.properties";
    static final String OWNER = "postgres";
    static final String APP = "kc_app";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The secret of the data folder, created (readable by its owner only) when the folder has none yet. */
    public static DatabaseSecret of(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            create(file);
        }
        OwnerOnlyFiles.restrict(file);
        return read(file);
    }

    /** The secret of a data folder that already has one (for the backup and restore commands). */
    public static DatabaseSecret read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new DatabaseSecret(
                p.getProperty("owner.user", OWNER),
                required(p, "owner.password", file),
                p.getProperty("app.user", APP),
                required(p, "app.password", file));
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(temp);
        OwnerOnlyFiles.create(temp);
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
            out.write(
                    "# Passwords of the embedded PostgreSQL's roles, generated on first start. Keep this file private:\n");
            out.write("# whoever reads it can connect as the owner of every table.\n");
            out.write("owner.user=" + OWNER + "\nowner.password=" + generated() + "\n");
            out.write("app.user=" + APP + "\napp.password=" + generated() + "\n");
        }
        Files.move(temp, file);
    }

    private static String generated() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + " has no " + key);
        }
        return value;
    }

    @Override
    public String toString() {
        return "DatabaseSecret[" + ownerUser + ", " + appUser + "]";
    }
}
