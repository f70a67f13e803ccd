package id.kotacerdas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kotacerdas.shared.domain.InvalidInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first administrator is created like every account: through the password policy and the audit trail. */
class AdminBootstrapTest {

    private final UserRepository users = mock(UserRepository.class);
    private final ManageAccounts accounts = mock(ManageAccounts.class);

    @TempDir
    Path dataDir;

    @Test
    void a_generated_password_goes_to_a_file_only_its_owner_reads_and_must_be_changed_at_first_sign_in()
            throws Exception {
        when(users.count()).thenReturn(0);

        new AdminBootstrap(users, accounts, "", dataDir.resolve("data")).run(null);

        Path file = dataDir.resolve("data").resolve(AdminBootstrap.PASSWORD_FILE);
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        verify(accounts).create(new NewAccount("admin", password, "Administrator", "ADMIN", null, "Kementerian"));
        verify(users).requirePasswordChange("admin");
    }

    @Test
    void a_configured_password_is_not_written_anywhere() {
        when(users.count()).thenReturn(0);

        new AdminBootstrap(users, accounts, "Uji-sandi-penguji-2024", dataDir).run(null);

        assertThat(dataDir.resolve(AdminBootstrap.PASSWORD_FILE)).doesNotExist();
        verify(users, never()).requirePasswordChange("admin");
    }

    @Test
    void a_weak_configured_admin_password_stops_the_start_with_the_reason() {
        when(users.count()).thenReturn(0);
        when(accounts.create(any(NewAccount.class)))
                .thenThrow(new InvalidInput("password", "password.weak", "The password is too easy to guess"));

        assertThatThrownBy(() -> new AdminBootstrap(users, accounts, "password123", dataDir).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KC_ADMIN_PASSWORD is refused")
                .hasMessageContaining("too easy to guess");
    }

    @Test
    void the_admin_is_created_as_an_administrator_through_the_account_rules() {
        when(users.count()).thenReturn(0);

        new AdminBootstrap(users, accounts, "Uji-sandi-penguji-2024", dataDir).run(null);

        verify(accounts)
                .create(new NewAccount(
                        "admin", "Uji-sandi-penguji-2024", "Administrator", "ADMIN", null, "Kementerian"));
    }

    @Test
    void nothing_is_created_once_there_are_accounts() {
        when(users.count()).thenReturn(3);

        new AdminBootstrap(users, accounts, "", dataDir).run(null);

        verify(accounts, never()).create(any(NewAccount.class));
    }
}
