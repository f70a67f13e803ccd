package id.kotacerdas.security;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The security module's facade for other modules: who an account is (name, role, region, affiliation). Accounts
 * are created and changed only through {@link ManageAccounts}, which applies the password policy and writes the
 * audit trail.
 */
@Service
public class UserAccountsApi {

    private final UserRepository users;

    UserAccountsApi(UserRepository users) {
        this.users = users;
    }

    public Optional<UserAccount> find(String username) {
        return users.find(username).map(UserRepository.StoredUser::account);
    }

    /** The region's enabled operators (who hear about its self-assessment and results). */
    public List<UserAccount> operatorsOf(String regionCode) {
        return users.enabledOf(Role.OPERATOR, regionCode);
    }
}
