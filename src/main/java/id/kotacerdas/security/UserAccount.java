package id.kotacerdas.security;

/**
 * An account, without its password.
 *
 * @param email where its notices are sent (null: shown in the application only)
 * @param language the language of its notices, {@code id} or {@code en}
 */
public record UserAccount(
        String username,
        String fullName,
        Role role,
        String regionCode,
        String affiliation,
        boolean enabled,
        String email,
        String language) {}
