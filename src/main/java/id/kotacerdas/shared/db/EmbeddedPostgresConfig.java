package id.kotacerdas.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL keeping its data under {@code KC_DATA_DIR} when no external database
 * is configured ({@code SPRING_DATASOURCE_URL} / {@code spring.datasource.url} unset). It listens on
 * {@code kc.db.embedded-port}, by default any free port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${kc.data-dir}") String dataDir,
            @Value("${kc.embedded-clean:false}") boolean clean,
            @Value("${kc.db.embedded-port:0}") int port)
            throws IOException {
        Path pgData = Path.of(dataDir).toAbsolutePath().resolve("pg");
        Files.createDirectories(pgData);
        log.info("Starting embedded PostgreSQL with data in {}", pgData);
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(clean)
                .setPort(port)
                .setServerConfig("max_connections", "100")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("kc-embedded");
        return ds;
    }
}
