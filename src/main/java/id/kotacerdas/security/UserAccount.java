package id.kotacerdas.security;

/** An account, without its password. */
public record UserAccount(
        String username, String fullName, Role role, String regionCode, String affiliation, boolean enabled) {}
