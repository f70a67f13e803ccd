package id.kotacerdas.security;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may call what. {@code /api/**} takes an API token ({@code Bearer}), HTTP Basic, or the browser session (then
 * with a CSRF token, see {@link ApiCsrf}) and answers 401/403 as problem+json; the rest is the web UI with a login
 * form. Sessions live in PostgreSQL (Spring Session JDBC), shared by every instance.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Passwords checked against the accounts, behind the login throttle. */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    /**
     * Finds an account's sessions in PostgreSQL (Spring Session indexes them by the account's name), so that
     * disabling an account ends its sessions on every instance.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /**
     * No observation per security filter: wrapping each of the chain's filters in an observation cost about a
     * tenth of a survey submission's CPU, for spans nobody collects. Requests are still measured as a whole
     * (Actuator's http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthentications(true)
                .shouldObserveAuthorizations(false)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            MessageSource messages,
            LocaleResolver locales,
            AuthenticationManager authentication,
            SessionRegistry sessions,
            SecurityEvents events,
            BearerCache tokens)
            throws Exception {
        ProblemEntryPoint problems = new ProblemEntryPoint(messages, locales, events);
        http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, ApiAccess.PUBLIC_GET)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, ApiAccess.PUBLIC_POST)
                        .permitAll()
                        .requestMatchers(ApiAccess.SIGNED_IN)
                        .authenticated()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // Credentials per call need no session: registering the caller in the session registry (as
                // maximumSessions does) would create one for every HTTP Basic call. A browser session made by the
                // login page is still checked, so a disabled account's session ends on the API too.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .addFilterBefore(
                        new ConcurrentSessionFilter(
                                sessions,
                                event -> problems.commence(
                                        event.getRequest(),
                                        event.getResponse(),
                                        new CredentialsExpiredException("session ended"))),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokens(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequired(problems), AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiCsrf.exempt()))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http, AuthenticationManager authentication, SessionRegistry sessions, SecurityEvents events)
            throws Exception {
        AccessDeniedHandlerImpl errorPage = new AccessDeniedHandlerImpl();
        http.authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth.requestMatchers(WebAccess.PUBLIC)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/masuk")
                        .successHandler(new LoginSuccess())
                        .failureHandler(loginFailures())
                        .permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.migrateSession())
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/masuk?expired"))
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/"))
                // survey (issue 9): citizen forms make no session, see WebAccess.CITIZEN_FORMS
                .csrf(csrf -> csrf.ignoringRequestMatchers(WebAccess.CITIZEN_FORMS))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    events.accessDenied(request.getRemoteUser(), request.getMethod() + " " + request.getRequestURI());
                    errorPage.handle(request, response, denied);
                }))
                .addFilterAfter(new PasswordChangeRequired(null), AuthorizationFilter.class)
                .headers(SecurityConfig::headers);
        return http.build();
    }

    /** Back to the login page, saying whether the password was wrong, the account disabled or throttled. */
    private static AuthenticationFailureHandler loginFailures() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(
                ThrottledAuthenticationProvider.Throttled.class.getName(), "/masuk?throttled",
                DisabledException.class.getName(), "/masuk?disabled"));
        handler.setDefaultFailureUrl("/masuk?error");
        return handler;
    }

    /** The content security policy, and no address of ours sent to other sites (it may hold a form's token). */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
