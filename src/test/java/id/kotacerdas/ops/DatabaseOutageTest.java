package id.kotacerdas.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kotacerdas.shared.db.DatabaseSecret;
import id.kotacerdas.shared.db.EmbeddedDatabase;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A context of its own (not the shared {@code @IntegrationTest} one: this test stops its database), started on
 * a data folder written by an earlier version. The folder is upgraded on start; then the database goes away
 * and comes back while the application runs.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kc.embedded-clean=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageTest {

    /**
     * The pool waits 2.5 s for a connection (Hikari's default: 30 s); the answer comes within this even on a
     * busy machine.
     */
    private static final Duration UNAVAILABLE_WITHIN = Duration.ofSeconds(10);

    private static final Duration BACK_WITHIN = Duration.ofSeconds(15);

    private static Path folder;

    @DynamicPropertySource
    static void earlierVersionFolder(DynamicPropertyRegistry registry) throws Exception {
        folder = EarlierVersionFolder.create(
                Path.of("target/test-data/earlier-" + UUID.randomUUID()).toAbsolutePath());
        registry.add("kc.data-dir", folder::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    DataSource application;

    @Test
    @Order(1)
    void a_data_folder_of_an_earlier_version_starts_and_keeps_its_records() {
        assertThat(new JdbcTemplate(application)
                        .queryForObject(
                                "select count(*) from audit_event where action = ?",
                                Integer.class,
                                EarlierVersionFolder.AUDIT_ACTION))
                .isOne();
    }

    @Test
    @Order(2)
    void a_data_folder_of_an_earlier_version_needs_passwords_from_then_on() throws Exception {
        PGSimpleDataSource withoutPassword = new PGSimpleDataSource();
        withoutPassword.setURL(database.jdbcUrl());
        withoutPassword.setUser("postgres");
        assertThatThrownBy(() -> withoutPassword.getConnection().close()).isInstanceOf(SQLException.class);
        Path secret = folder.resolve(DatabaseSecret.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");
    }

    @Test
    @Order(3)
    void while_the_database_is_down_the_api_answers_503_within_seconds_and_serves_again_when_it_is_back()
            throws Exception {
        assertThat(call(get("/api/v1/audit")).getStatus()).isEqualTo(200);
        MockHttpServletResponse issued = call(post("/api/v1/users/me/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"outage\"}"));
        assertThat(issued.getStatus()).as(issued.getContentAsString()).isEqualTo(201);
        String token = JsonMapper.shared()
                .readTree(issued.getContentAsString())
                .get("token")
                .asString();
        database.stopServer();
        try {
            long start = System.nanoTime();
            MockHttpServletResponse api = call(get("/api/v1/audit"));
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(waited).isLessThan(UNAVAILABLE_WITHIN);
            assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(api.getContentAsString()).contains("\"code\":\"database.unavailable\"");
            assertThat(api.getHeader("Retry-After")).isEqualTo("5");

            MockHttpServletResponse signingIn = mvc.perform(
                            get("/api/v1/audit").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
                    .andReturn()
                    .getResponse();
            assertThat(signingIn.getStatus())
                    .as("credentials that cannot be checked are no wrong credentials")
                    .isEqualTo(503);
            assertThat(signingIn.getContentAsString()).contains("\"code\":\"database.unavailable\"");
            MockHttpServletResponse withToken = mvc.perform(
                            get("/api/v1/audit").header("Authorization", "Bearer " + token))
                    .andReturn()
                    .getResponse();
            assertThat(withToken.getStatus())
                    .as("a token that cannot be checked")
                    .isEqualTo(503);

            start = System.nanoTime();
            MockHttpServletResponse health =
                    mvc.perform(get("/actuator/health")).andReturn().getResponse();
            waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(health.getStatus()).isEqualTo(503);
            assertThat(waited).isLessThan(UNAVAILABLE_WITHIN);
            assertThat(health.getContentAsString()).contains("DOWN");

            MockHttpServletResponse page =
                    call(get("/admin/audit").accept(MediaType.TEXT_HTML).locale(Locale.forLanguageTag("id")));
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                    .contains("Basis data sedang tidak dapat dihubungi");
        } finally {
            database.startServer();
        }
        long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
        int status;
        do {
            status = call(get("/api/v1/audit")).getStatus();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("served again once the database is back").isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse();
    }
}
