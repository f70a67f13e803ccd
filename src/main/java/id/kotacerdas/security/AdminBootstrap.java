package id.kotacerdas.security;

import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.io.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * On first start with no accounts, creates user {@code admin} with {@code KC_ADMIN_PASSWORD}, or with a random
 * password written to {@code KC_DATA_DIR/admin-password.txt} (readable by the owner only; the log names the
 * file, never the password), which must be changed at first sign-in. The account is created like any other
 * (password policy, audit trail): a weak {@code KC_ADMIN_PASSWORD} stops the start with the reason.
 */
@Component
@Order(5)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    static final String PASSWORD_FILE = "admin-password.txt";

    private final UserRepository users;
    private final ManageAccounts accounts;
    private final String configuredPassword;
    private final Path dataDir;

    AdminBootstrap(
            UserRepository users,
            ManageAccounts accounts,
            @Value("${kc.admin-password:}") String password,
            @Value("${kc.data-dir:./data}") Path dataDir) {
        this.users = users;
        this.accounts = accounts;
        this.configuredPassword = password;
        this.dataDir = dataDir;
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
            users.requirePasswordChange("admin");
            Path file = writeOwnerOnly(password);
            log.warn(
                    "Created user 'admin' with a generated password, written to {} (readable by this user only);"
                            + " it must be changed at first sign-in. Delete the file afterwards.",
                    file.toAbsolutePath());
        } else {
            log.info("Created user 'admin' with the password from KC_ADMIN_PASSWORD");
        }
    }

    private Path writeOwnerOnly(String password) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(dataDir);
            OwnerOnlyFiles.write(file, password + System.lineSeparator());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated admin password to " + file, e);
        }
    }
}
