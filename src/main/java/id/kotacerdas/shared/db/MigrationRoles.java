package id.kotacerdas.shared.db;

import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who the migrations run as, and which role they grant the tables to. The migrations run as the owner of the
 * tables: on the embedded server {@code postgres}; on an external database {@code spring.flyway.user} (or, when
 * unset, the application's own user, as before the roles were separated). After every migration the callback
 * {@code db/callback/afterMigrate__grants_to_app_role.sql} grants the application's role ({@code kc.db.app-role},
 * placeholder {@code app_role}) what it may do: read and write rows, never change a table, never rewrite or
 * empty the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class MigrationRoles {

    static final String PLACEHOLDER = "app_role";

    @Bean
    FlywayConfigurationCustomizer migrateAsOwnerGrantingTheAppRole(
            ObjectProvider<EmbeddedDatabase> embedded, @Value("${kc.db.app-role:kc_app}") String appRole) {
        return flyway -> {
            Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
            EmbeddedDatabase database = embedded.getIfAvailable();
            if (database != null) {
                flyway.dataSource(database.ownerDataSource());
                placeholders.put(PLACEHOLDER, database.secret().appUser());
            } else {
                placeholders.put(PLACEHOLDER, appRole);
            }
            flyway.placeholders(placeholders);
        };
    }
}
