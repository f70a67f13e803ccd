package id.kotacerdas.security;

import id.kotacerdas.shared.domain.Forbidden;
import org.springframework.stereotype.Service;

/**
 * Who may see and change which region's data: administrators every region; an operator only the one
 * region their account is bound to.
 */
@Service
public class RegionAccess {

    private final UserRepository users;

    RegionAccess(UserRepository users) {
        this.users = users;
    }

    public UserAccount account(String username) {
        return users.find(username)
                .map(UserRepository.StoredUser::account)
                .filter(UserAccount::enabled)
                .orElseThrow(() -> refused(username, null));
    }

    public boolean isAdmin(String username) {
        return account(username).role() == Role.ADMIN;
    }

    /** The region's own operator, to change its self-assessment. */
    public void ensureOperatorOf(String username, String regionCode) {
        UserAccount a = account(username);
        if (a.role() != Role.OPERATOR || !regionCode.equals(a.regionCode())) {
            throw refused(username, regionCode);
        }
    }

    /** An administrator, or the region's own operator. */
    public void ensureCanRead(String username, String regionCode) {
        UserAccount a = account(username);
        boolean own = a.role() == Role.OPERATOR && regionCode.equals(a.regionCode());
        if (a.role() != Role.ADMIN && !own) {
            throw refused(username, regionCode);
        }
    }

    public void ensureAdmin(String username) {
        if (!isAdmin(username)) {
            throw refused(username, null);
        }
    }

    private static Forbidden refused(String username, String regionCode) {
        return new Forbidden(
                "region.forbidden",
                username + " may not see or change region " + regionCode,
                String.valueOf(regionCode));
    }
}
