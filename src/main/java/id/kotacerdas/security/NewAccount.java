package id.kotacerdas.security;

/**
 * What an administrator gives to create an account; the e-mail address is optional, the language of its notices
 * {@code id} unless given.
 */
public record NewAccount(
        String username,
        String password,
        String fullName,
        String role,
        String regionCode,
        String affiliation,
        String email,
        String language) {

    /** An account without an e-mail address, whose notices are in Bahasa Indonesia. */
    public NewAccount(
            String username, String password, String fullName, String role, String regionCode, String affiliation) {
        this(username, password, fullName, role, regionCode, affiliation, null, null);
    }
}
