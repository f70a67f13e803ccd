package id.kotacerdas.security;

import java.time.OffsetDateTime;

/** A token just created: the only time {@code token} is shown; only its SHA-256 is kept. */
public record IssuedApiToken(String name, TokenScope scope, OffsetDateTime expiresAt, String token) {}
