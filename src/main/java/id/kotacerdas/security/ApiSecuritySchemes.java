package id.kotacerdas.security;

import io.swagger.v3.oas.models.security.SecurityScheme;

/** The ways an API call is signed, as the API contract declares them (see {@link SecurityConfig}). */
final class ApiSecuritySchemes {

    private ApiSecuritySchemes() {}

    static SecurityScheme bearer() {
        return new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("An API token (`Authorization: Bearer <token>`), made at `/akun/token` or with"
                        + " `POST /api/v1/users/me/tokens`; it acts as its account. A READ_ONLY token may only GET.");
    }

    static SecurityScheme basic() {
        return new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("basic")
                .description("An account's username and password. The API never challenges for Basic (its 401 says"
                        + " `WWW-Authenticate: Bearer`): send the header unasked. Repeated failures are throttled"
                        + " (429 with `Retry-After`).");
    }

    static SecurityScheme session() {
        return new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE)
                .name("SESSION")
                .description("The browser's session after signing in at `/masuk` (the pages' htmx calls). A call"
                        + " that changes something needs the session's CSRF token in the `X-CSRF-TOKEN` header (or"
                        + " the `_csrf` parameter), else 403 `security.csrf`; a call with an `Authorization` header"
                        + " needs none.");
    }
}
