package id.kotacerdas.assessment;

import id.kotacerdas.shared.files.EvidenceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves evidence files that earlier versions kept on disk ({@code KC_DATA_DIR/evidence}) into the
 * {@link EvidenceStore} at start. A file is taken when an evidence row has its name and the store lacks it;
 * then it goes to {@code KC_DATA_DIR/evidence-imported} (delete that folder once the database is backed up).
 * Files no evidence row names stay where they are. Every instance imports its own folder; importing twice
 * changes nothing.
 */
@Component
class EvidenceFolderImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvidenceFolderImport.class);

    private final EvidenceStore store;
    private final JdbcClient jdbc;
    private final Path dataDir;

    EvidenceFolderImport(EvidenceStore store, JdbcClient jdbc, @Value("${kc.data-dir}") String dataDir) {
        this.store = store;
        this.jdbc = jdbc;
        this.dataDir = Path.of(dataDir).toAbsolutePath();
    }

    @Override
    public void run(ApplicationArguments args) {
        Path folder = dataDir.resolve("evidence");
        if (Files.isDirectory(folder)) {
            int imported = importFrom(folder, dataDir.resolve("evidence-imported"));
            log.info("Imported {} evidence files from {} into the evidence store", imported, folder);
        }
    }

    /** Imports the files of {@code folder} that evidence rows name, moving each into {@code done}. */
    int importFrom(Path folder, Path done) {
        int imported = 0;
        for (Path file : files(folder)) {
            String name = file.getFileName().toString();
            if (!known(name)) {
                continue;
            }
            try {
                if (!store.has(name)) {
                    store.put(name, Files.readAllBytes(file));
                    imported++;
                }
                Files.createDirectories(done);
                Files.move(file, done.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return imported;
    }

    private boolean known(String name) {
        return jdbc.sql("select exists (select 1 from evidence where stored_name = ?)")
                .param(name)
                .query(Boolean.class)
                .single();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
