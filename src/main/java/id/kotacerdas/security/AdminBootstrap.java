package id.kotacerdas.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start with no accounts, creates user {@code admin} with {@code KC_ADMIN_PASSWORD}, or with a
 * random password printed once to the log.
 */
@Component
@Order(5)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final UserAccountsApi accounts;
    private final String configuredPassword;

    AdminBootstrap(UserRepository users, UserAccountsApi accounts, @Value("${kc.admin-password:}") String password) {
        this.users = users;
        this.accounts = accounts;
        this.configuredPassword = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = configuredPassword;
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        accounts.create(new UserAccount("admin", "Administrator", Role.ADMIN, null, "Kementerian", true), password);
        if (generated) {
            log.warn(
                    "Created user 'admin' with the generated password: {} (shown once; set KC_ADMIN_PASSWORD)",
                    password);
        } else {
            log.info("Created user 'admin' with the password from KC_ADMIN_PASSWORD");
        }
    }
}
