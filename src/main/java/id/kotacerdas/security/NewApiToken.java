package id.kotacerdas.security;

/**
 * A token to create: a name unique among the account's tokens, its scope ({@code READ_ONLY} when not given) and
 * how many days it lasts (1–365, 90 when not given).
 */
public record NewApiToken(String name, String scope, Integer days) {}
