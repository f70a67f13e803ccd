package id.kotacerdas.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.KotaCerdasApplication;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.shared.cache.DerivedCaches;
import id.kotacerdas.shared.cluster.ClusterEventListener;
import id.kotacerdas.shared.cluster.SingleInstanceJobs;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestYears;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the application, each with its own data folder, behind one PostgreSQL, behave as one system:
 * what is changed through one is seen through the other (their caches are told over LISTEN/NOTIFY), scheduled
 * work runs on one at a time, and evidence uploaded to one downloads from the other. Both start together on an
 * empty database (Flyway and the start-up lock keep their migrations and seeding apart).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    static final int YEAR = TestYears.TWO_INSTANCES;
    static final String BADUNG = "51.03";
    static final String OPERATOR = "two-inst-op-badung";
    static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    static final Duration PATIENCE = Duration.ofSeconds(10);

    EmbeddedPostgres postgres;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    RestClient onA;
    RestClient onB;

    @BeforeAll
    void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        String folder = "target/test-data/two-instances-" + UUID.randomUUID();
        // started together on the empty database: migrations and seeding must not collide. Spring Boot's logging
        // set-up is not safe to run twice at once in one JVM (it shares system properties), so B starts only once
        // A's logging is set up, and A waits for B before it refreshes: both then migrate and seed at the same time.
        // A thread each: A waits for B, so they must not share one (the common pool has a single worker on two
        // cores under some JDKs, and B would never start).
        CountDownLatch aLogging = new CountDownLatch(1);
        CountDownLatch bLogging = new CountDownLatch(1);
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<ConfigurableApplicationContext> first =
                    CompletableFuture.supplyAsync(() -> instance(folder + "/a", aLogging, bLogging), starters);
            awaitLatch(aLogging);
            CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(
                    () -> instance(folder + "/b", bLogging, new CountDownLatch(0)), starters);
            a = first.get(5, TimeUnit.MINUTES);
            b = second.get(5, TimeUnit.MINUTES);
        } finally {
            starters.shutdown();
        }
        onA = client(a);
        onB = client(b);
    }

    private ConfigurableApplicationContext instance(String dataDir, CountDownLatch loggingDone, CountDownLatch other) {
        return new SpringApplicationBuilder(KotaCerdasApplication.class)
                .profiles("test")
                .listeners((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof ApplicationPreparedEvent) {
                        loggingDone.countDown();
                        awaitLatch(other);
                    }
                })
                .run(
                        "--kc.data-dir=" + dataDir,
                        "--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=");
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the other instance did not get ready to start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static RestClient client(ConfigurableApplicationContext instance) {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", basic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void a_period_created_on_one_instance_is_found_on_the_other() {
        assertThat(status(onB, "/api/v1/periods/" + YEAR))
                .as("B has not seen it yet")
                .isEqualTo(404);

        assertThat(send(onA.post(), "/api/v1/periods", Map.of("year", YEAR, "copyInstrumentFrom", 2024)))
                .isEqualTo(201);

        long created = System.nanoTime();
        awaitTrue("B finds the period created on A", () -> status(onB, "/api/v1/periods/" + YEAR) == 200);
        System.out.printf("B found the period %d ms after A answered%n", (System.nanoTime() - created) / 1_000_000);
    }

    @Test
    @Order(2)
    void a_question_removed_on_one_instance_is_gone_on_the_other() {
        int before = questions(onB);

        assertThat(status(onA.delete(), "/api/v1/periods/" + YEAR + "/instrument/questions/" + before))
                .isEqualTo(204);

        awaitTrue("B's instrument has one question less", () -> questions(onB) == before - 1);
    }

    @Test
    @Order(3)
    void scheduled_work_runs_on_one_instance_at_a_time() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> onInstanceA = CompletableFuture.supplyAsync(
                () -> a.getBean(SingleInstanceJobs.class).runAlone("survey-tallies", () -> {
                    running.countDown();
                    await(finish);
                }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        boolean ranOnB = b.getBean(SingleInstanceJobs.class).runAlone("survey-tallies", () -> {});

        finish.countDown();
        assertThat(onInstanceA.get(10, TimeUnit.SECONDS)).as("A ran its job").isTrue();
        assertThat(ranOnB).as("B skipped its turn while A ran").isFalse();
        assertThat(b.getBean(SingleInstanceJobs.class).runAlone("survey-tallies", () -> {}))
                .as("B runs it once A is done")
                .isTrue();
    }

    @Test
    @Order(4)
    void evidence_uploaded_on_one_instance_downloads_from_the_other() {
        a.getBean(ManageAccounts.class)
                .create(new NewAccount(OPERATOR, PASSWORD, "Putu Wirawan", "OPERATOR", BADUNG, null));
        String period = "/api/v1/periods/" + YEAR;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        assertThat(send(onA.put(), period + "/participants/" + BADUNG, Map.of("track", "REGULER")))
                .isBetween(200, 299);
        assertThat(send(
                        onA.patch(),
                        period,
                        Map.of(
                                "selfAssessmentOpens", today.minusDays(1).toString(),
                                "selfAssessmentDeadline", today.plusDays(10).toString())))
                .isEqualTo(200);
        assertThat(send(onA.post(), period + "/transitions", Map.of("to", "SELF_ASSESSMENT")))
                .isEqualTo(200);
        byte[] pdf = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);

        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "bukti.pdf";
            }
        });
        form.add("questionNo", "1");
        ResponseEntity<String> uploaded = onA.post()
                .uri(period + "/regions/" + BADUNG + "/evidence")
                .header("Authorization", basic(OPERATOR, PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .retrieve()
                .toEntity(String.class);
        assertThat(uploaded.getStatusCode().value()).as(uploaded.getBody()).isEqualTo(201);
        String id = JsonMapper.shared().readTree(uploaded.getBody()).get("id").asString();

        ResponseEntity<byte[]> downloaded = onB.get()
                .uri(period + "/regions/" + BADUNG + "/evidence/" + id)
                .retrieve()
                .toEntity(byte[].class);

        assertThat(downloaded.getStatusCode().value()).isEqualTo(200);
        assertThat(downloaded.getBody()).isEqualTo(pdf);
    }

    @Test
    @Order(5)
    void an_instance_whose_listening_connection_was_cut_reconnects_and_forgets_what_it_may_have_missed()
            throws Exception {
        assertThat(b.getBean(DerivedCaches.class).count())
                .as("the caches of periods, instruments, national tables and survey forms are known")
                .isGreaterThanOrEqualTo(4);
        ClusterEventListener listener = b.getBean(ClusterEventListener.class);
        int connections = listener.connections();
        String changed = "Changed behind the back of the application";
        JsonNode first = instrument(onB).get("questions").get(0);
        try (Connection sql = postgres.getPostgresDatabase().getConnection();
                Statement statement = sql.createStatement()) {
            // no notification: as if it had been sent while B was not listening
            statement.executeUpdate(
                    "update question set text = '" + changed + "' where year = " + YEAR + " and no = 1");
            assertThat(instrument(onB).get("questions").get(0).get("text").asString())
                    .as("B still serves its cached copy")
                    .isEqualTo(first.get("text").asString());
            try (ResultSet cut = statement.executeQuery("select pg_terminate_backend(" + listener.backendPid() + ")")) {
                assertThat(cut.next() && cut.getBoolean(1)).isTrue();
            }
        }

        awaitTrue("B's listener reconnected", () -> listener.connections() > connections);
        assertThat(instrument(onB).get("questions").get(0).get("text").asString())
                .as("B forgot its caches on reconnecting")
                .isEqualTo(changed);
        String deadline = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(11).toString();
        assertThat(send(onA.patch(), "/api/v1/periods/" + YEAR, Map.of("selfAssessmentDeadline", deadline)))
                .isEqualTo(200);
        awaitTrue(
                "B hears A again",
                () -> period(onB).path("selfAssessmentDeadline").asString().equals(deadline));
    }

    @Test
    @Order(6)
    void a_session_signed_in_on_one_instance_is_valid_on_the_other() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> form =
                browser.send(HttpRequest.newBuilder(uri(a, "/masuk")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String body = "username=" + TestAccounts.ADMIN + "&password="
                + URLEncoder.encode(TestAccounts.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(uri(a, "/masuk"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie(form))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> onOther = browser.send(
                HttpRequest.newBuilder(uri(b, "/api/v1/users/me/tokens"))
                        .header("Cookie", cookie(signedIn))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(onOther.statusCode()).as(onOther.body()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void an_api_token_revoked_on_one_instance_is_refused_by_the_other_at_once() throws Exception {
        ResponseEntity<String> created = onA.post()
                .uri("/api/v1/users/me/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "two-instances"))
                .retrieve()
                .toEntity(String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String token =
                JsonMapper.shared().readTree(created.getBody()).get("token").asString();
        assertThat(bearerStatus(b, token))
                .as("B accepts the token, and keeps it as valid")
                .isEqualTo(200);

        assertThat(status(onA.delete(), "/api/v1/users/me/tokens/two-instances"))
                .isEqualTo(204);

        // well within the few seconds B would otherwise keep the token as valid
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (bearerStatus(b, token) != 401) {
            assertThat(System.nanoTime() < deadline)
                    .as("B refuses the revoked token within 3 s")
                    .isTrue();
            Thread.sleep(50);
        }
    }

    private static int bearerStatus(ConfigurableApplicationContext instance, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri(instance, "/api/v1/users/me/tokens"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }

    /** The cookies a response set, as a Cookie header. */
    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private int questions(RestClient client) {
        return instrument(client).get("questions").size();
    }

    private JsonNode instrument(RestClient client) {
        return JsonMapper.shared()
                .readTree(client.get()
                        .uri("/api/v1/periods/" + YEAR + "/instrument")
                        .retrieve()
                        .body(String.class));
    }

    private JsonNode period(RestClient client) {
        return JsonMapper.shared()
                .readTree(client.get().uri("/api/v1/periods/" + YEAR).retrieve().body(String.class));
    }

    private static int status(RestClient client, String path) {
        return client.get()
                .uri(path)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
    }

    private static int status(RestClient.RequestHeadersUriSpec<?> request, String path) {
        return request.uri(path).retrieve().toBodilessEntity().getStatusCode().value();
    }

    private static int send(RestClient.RequestBodyUriSpec request, String path, Object body) {
        ResponseEntity<String> response = request.uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(path + ": " + response.getBody())
                .isTrue();
        return response.getStatusCode().value();
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline)
                    .as(what + " within " + PATIENCE)
                    .isTrue();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
