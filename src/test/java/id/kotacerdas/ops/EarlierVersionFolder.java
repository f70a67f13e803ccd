package id.kotacerdas.ops;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A data folder as the versions before issue 9 left it: zonky's defaults ({@code initdb -A trust}, no
 * password), the tables of migrations V1-V13 owned by {@code postgres}, and one audit entry.
 */
final class EarlierVersionFolder {

    static final String AUDIT_ACTION = "earlier.version";

    private EarlierVersionFolder() {}

    static Path create(Path folder) throws IOException {
        Path pg = folder.resolve("pg");
        Files.createDirectories(pg);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pg)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .target("13")
                    .load()
                    .migrate();
            new JdbcTemplate(postgres.getPostgresDatabase())
                    .update("insert into audit_event (actor, action) values ('before', ?)", AUDIT_ACTION);
        }
        return folder;
    }
}
