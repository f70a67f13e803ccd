package id.kotacerdas.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kotacerdas.shared.domain.InvalidInput;
import org.junit.jupiter.api.Test;

/** The first administrator is created like every account: through the password policy and the audit trail. */
class AdminBootstrapTest {

    private final UserRepository users = mock(UserRepository.class);
    private final ManageAccounts accounts = mock(ManageAccounts.class);

    @Test
    void a_weak_configured_admin_password_stops_the_start_with_the_reason() {
        when(users.count()).thenReturn(0);
        when(accounts.create(any(NewAccount.class)))
                .thenThrow(new InvalidInput("password", "password.weak", "The password is too easy to guess"));

        assertThatThrownBy(() -> new AdminBootstrap(users, accounts, "password123").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KC_ADMIN_PASSWORD is refused")
                .hasMessageContaining("too easy to guess");
    }

    @Test
    void the_admin_is_created_as_an_administrator_through_the_account_rules() {
        when(users.count()).thenReturn(0);

        new AdminBootstrap(users, accounts, "Uji-sandi-penguji-2024").run(null);

        verify(accounts)
                .create(new NewAccount(
                        "admin", "Uji-sandi-penguji-2024", "Administrator", "ADMIN", null, "Kementerian"));
    }

    @Test
    void nothing_is_created_once_there_are_accounts() {
        when(users.count()).thenReturn(3);

        new AdminBootstrap(users, accounts, "").run(null);

        verify(accounts, never()).create(any(NewAccount.class));
    }
}
