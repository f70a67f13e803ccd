package id.kotacerdas.security;

/**
 * Who is calling: an enabled account, resolved once per request ({@link RegionAccess#actor}) and passed to
 * the use cases, which ask it (and {@link RegionAccess}) what it may do.
 *
 * @param regionCode the region an operator or enumerator is bound to (null for other roles)
 * @param affiliation an assessor's university, ministry or firm (null when not given)
 */
public record Actor(String username, String fullName, Role role, String regionCode, String affiliation) {

    static Actor of(UserAccount account) {
        return new Actor(
                account.username(), account.fullName(), account.role(), account.regionCode(), account.affiliation());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isAssessor() {
        return role == Role.ASSESSOR;
    }

    /** The region's own operator. */
    public boolean isOperatorOf(String region) {
        return role == Role.OPERATOR && region != null && region.equals(regionCode);
    }

    /** An enumerator of the region: enters its survey responses collected on paper or at a counter. */
    public boolean isEnumeratorOf(String region) {
        return role == Role.ENUMERATOR && region != null && region.equals(regionCode);
    }

    /** An administrator or the region's own operator: they manage the region's survey. */
    public boolean isAdminOrOperatorOf(String region) {
        return isAdmin() || isOperatorOf(region);
    }

    /** Whether this is the account with that username. */
    public boolean is(String name) {
        return username.equals(name);
    }
}
