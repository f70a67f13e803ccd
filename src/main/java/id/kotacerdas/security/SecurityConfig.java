package id.kotacerdas.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may call what. {@code /api/**} takes HTTP Basic (and the browser session, then with a CSRF token)
 * and answers 401/403 as problem+json; the rest is the web UI with a login form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, LocaleResolver locales) throws Exception {
        ProblemEntryPoint problems = new ProblemEntryPoint(messages, locales);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, ApiAccess.PUBLIC_GET)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, ApiAccess.PUBLIC_POST)
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.ignoringRequestMatchers(withoutBrowserSession()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(WebAccess.PUBLIC)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/masuk")
                        .defaultSuccessUrl("/admin", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    /** API calls that carry their own credentials, or no session at all, cannot be forged by a browser. */
    private static RequestMatcher withoutBrowserSession() {
        return (HttpServletRequest request) ->
                request.getHeader("Authorization") != null || request.getRequestedSessionId() == null;
    }
}
