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

    private WebAccess() {}
}
