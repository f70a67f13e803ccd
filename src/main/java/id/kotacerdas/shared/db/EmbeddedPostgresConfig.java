package id.kotacerdas.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL ({@link EmbeddedDatabase}) keeping its data under {@code KC_DATA_DIR} when no
 * external database is configured ({@code SPRING_DATASOURCE_URL} / {@code spring.datasource.url} unset). It
 * listens on {@code kc.db.embedded-port}, by default any free port. The application's pool connects as the
 * application's role; Flyway migrates as the owner of the tables.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfig {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${kc.data-dir}") String dataDir,
            @Value("${kc.embedded-clean:false}") boolean clean,
            @Value("${kc.db.embedded-port:0}") int port)
            throws IOException {
        return EmbeddedDatabase.start(Path.of(dataDir), clean, port);
    }

    @Bean
    DataSource dataSource(
            EmbeddedDatabase database,
            @Value("${spring.datasource.hikari.connection-timeout:2500}") long connectionTimeout,
            @Value("${spring.datasource.hikari.validation-timeout:1000}") long validationTimeout,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(database.jdbcUrl());
        ds.setUsername(database.secret().appUser());
        ds.setPassword(database.secret().appPassword());
        ds.setMaximumPoolSize(poolSize);
        ds.setConnectionTimeout(connectionTimeout);
        ds.setValidationTimeout(validationTimeout);
        ds.addDataSourceProperty("connectTimeout", "2");
        ds.setPoolName("kc-embedded");
        return ds;
    }
}
