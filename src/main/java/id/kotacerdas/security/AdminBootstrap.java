package id.kotacerdas.security;

import id.kotacerdas.shared.domain.InvalidInput;
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
 * random password printed once to the log. The account is created like any other (password policy, audit
 * trail): a weak {@code KC_ADMIN_PASSWORD} stops the start with the reason.
 */
@Component
@Order(5)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final ManageAccounts accounts;
    private final String configuredPassword;

    AdminBootstrap(UserRepository users, ManageAccounts accounts, @Value("${kc.admin-password:}") String password) {
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
        try {
            accounts.create(new NewAccount("admin", password, "Administrator", Role.ADMIN.name(), null, "Kementerian"));
        } catch (InvalidInput refused) {
            throw new IllegalStateException(
                    "KC_ADMIN_PASSWORD is refused (" + refused.getMessage() + "): choose a longer, less guessable one",
                    refused);
        }
        if (generated) {
            log.warn(
                    "Created user 'admin' with the generated password: {} (shown once; set KC_ADMIN_PASSWORD)",
                    password);
        } else {
            log.info("Created user 'admin' with the password from KC_ADMIN_PASSWORD");
        }
    }
}
