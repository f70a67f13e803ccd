package id.kotacerdas.security;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security module's facade: accounts. */
@Service
public class UserAccountsApi {

    private final UserRepository users;
    private final PasswordEncoder encoder;

    UserAccountsApi(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public Optional<UserAccount> find(String username) {
        return users.find(username).map(UserRepository.StoredUser::account);
    }

    /** Creates an account with a hashed password (no strength policy yet beyond a minimum length). */
    @Transactional
    public UserAccount create(UserAccount account, String rawPassword) {
        users.insert(account, encoder.encode(rawPassword));
        return account;
    }
}
