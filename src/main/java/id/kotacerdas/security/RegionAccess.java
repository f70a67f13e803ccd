package id.kotacerdas.security;

import id.kotacerdas.shared.domain.Forbidden;
import org.springframework.stereotype.Service;

/**
 * Who may see and change which region's data: administrators every region; an operator only the one
 * region their account is bound to; an assessor the regions whose panel they sit on in that period.
 */
@Service
public class RegionAccess {

    private final UserRepository users;
    private final AssessorAssignments assignments;

    RegionAccess(UserRepository users, AssessorAssignments assignments) {
        this.users = users;
        this.assignments = assignments;
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

    /** Whether the user is an administrator or the region's own operator, who manage the region's survey. */
    public boolean isAdminOrOperatorOf(String username, String regionCode) {
        UserAccount a = account(username);
        return a.role() == Role.ADMIN || (a.role() == Role.OPERATOR && regionCode.equals(a.regionCode()));
    }

    /** An administrator or the region's own operator. */
    public void ensureAdminOrOperatorOf(String username, String regionCode) {
        if (!isAdminOrOperatorOf(username, regionCode)) {
            throw refused(username, regionCode);
        }
    }

    /** An administrator, the region's own operator, or an assessor on the region's panel that period. */
    public void ensureCanRead(String username, int year, String regionCode) {
        UserAccount a = account(username);
        boolean allowed = switch (a.role()) {
            case ADMIN -> true;
            case OPERATOR -> regionCode.equals(a.regionCode());
            case ASSESSOR -> assignments.isAssigned(username, year, regionCode);
        };
        if (!allowed) {
            throw refused(username, regionCode);
        }
    }

    /** An assessor on the region's panel that period, to score it. */
    public void ensureAssessorOf(String username, int year, String regionCode) {
        UserAccount a = account(username);
        if (a.role() != Role.ASSESSOR || !assignments.isAssigned(username, year, regionCode)) {
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
