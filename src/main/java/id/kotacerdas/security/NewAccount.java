package id.kotacerdas.security;

/** What an administrator gives to create an account. */
public record NewAccount(
        String username, String password, String fullName, String role, String regionCode, String affiliation) {}
