package id.kotacerdas.security;

/**
 * The pages anyone may open: the published results, the citizen survey, the login page, static assets, API docs,
 * health.
 */
final class WebAccess {

    static final String[] PUBLIC = {
        "/",
        "/hasil",
        "/hasil/**",
        "/tentang",
        "/survei/**",
        "/s/**",
        "/masuk",
        "/error",
        "/webjars/**",
        "/static/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    /**
     * Citizen survey forms are posted without a session, so without a CSRF token (which would need one): an
     * anonymous post carries no credentials to forge, and the form's own signed, single-use form token binds it.
     */
    static final String[] CITIZEN_FORMS = {"/survei/*/*/*"};

    private WebAccess() {}
}
