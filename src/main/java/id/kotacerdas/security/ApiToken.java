package id.kotacerdas.security;

import java.time.OffsetDateTime;

/** An API token as its owner and administrators see it: never the token itself. */
public record ApiToken(
        String name,
        TokenScope scope,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt) {}
