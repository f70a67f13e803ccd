package id.kotacerdas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser cannot be made to call the API on a user's behalf: no Basic challenge (so no cached Basic
 * credentials), and every state-changing call that sends a session cookie needs the CSRF token. Headers and
 * cookies fit a deployment behind a TLS proxy.
 */
@IntegrationTest
class CsrfAndHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void a_401_challenges_bearer_never_basic() throws Exception {
        mvc.perform(get("/api/v1/users/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Kota Cerdas\""));
        mvc.perform(get("/api/v1/users/me")
                        .with(httpBasic("admin", "bukan-sandinya"))
                        .with(LoginThrottleTest.from("10.9.5.1")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", ProblemEntryPoint.CHALLENGE));
    }

    @Test
    void an_api_write_riding_on_a_session_cookie_needs_the_csrf_token() throws Exception {
        accounts.create(
                new NewAccount("op-csrf-5103", AccountsApiTest.STRONG, "Made Operator", "OPERATOR", "51.03", null));
        Cookie session = mvc.perform(post("/masuk")
                        .with(csrf())
                        .param("username", "op-csrf-5103")
                        .param("password", AccountsApiTest.STRONG))
                .andExpect(redirectedUrl("/wilayah"))
                .andReturn()
                .getResponse()
                .getCookie(SessionsAndThrottlingTest.SESSION);

        mvc.perform(post("/api/v1/users/me/tokens")
                        .cookie(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"palsu\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("security.csrf"));
        mvc.perform(post("/api/v1/users/me/tokens")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"asli\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void a_write_with_neither_csrf_token_nor_credentials_is_refused() throws Exception {
        mvc.perform(post("/api/v1/users/me/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"anonim\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("security.unauthorized"));
    }

    @Test
    void a_public_post_needs_no_token_without_a_session_cookie_but_does_with_one() throws Exception {
        String preview = preview();
        mvc.perform(post("/api/v1/scoring/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(preview))
                .andExpect(status().isOk());

        Cookie session =
                mvc.perform(get("/masuk")).andReturn().getResponse().getCookie(SessionsAndThrottlingTest.SESSION);
        mvc.perform(post("/api/v1/scoring/preview")
                        .cookie(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(preview))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("security.csrf"));
    }

    @Test
    void pages_and_the_api_send_no_referrer_to_other_sites() throws Exception {
        mvc.perform(get("/")).andExpect(header().string("Referrer-Policy", "same-origin"));
        mvc.perform(get("/api/v1/regions")).andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> viaProxy = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/masuk"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> direct = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/masuk"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(viaProxy.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).startsWith("SESSION=").containsIgnoringCase("; Secure"));
        assertThat(direct.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).startsWith("SESSION=").doesNotContainIgnoringCase("Secure"));
    }

    private static String preview() {
        Map<String, Integer> threes =
                IntStream.rangeClosed(1, 115).boxed().collect(Collectors.toMap(String::valueOf, no -> 3));
        return JsonMapper.shared()
                .writeValueAsString(Map.of("year", 2024, "track", "REGULER", "questionScores", threes));
    }
}
