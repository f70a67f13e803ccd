package id.kotacerdas.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the citizen survey (bench/survey-load.sh runs it with the app on one machine).
 *
 * <p>Every response is sent as a client sends it: the form of its smart dimension first ("fetch form", which
 * carries a single-use form token), then the answers with that token ("submit response"), both from one client
 * address in X-Forwarded-For (see {@link #address()}). The app runs with {@code kc.survey.minimum-seconds=0}, so a
 * token is usable at once, and {@code server.forward-headers-strategy=native}.
 *
 * <p>First, optionally, a warm-up of the submission path on another open year ({@code bench.warmupYear},
 * requests named "warm-up: submit response", 201 or 409 both fine). Then the measured run: a closed model
 * of exactly {@code bench.users} (16) clients, each sending its next submission as soon as the previous
 * one is answered, drawing from one shared feeder of distinct slots — every participating region of
 * {@code bench.year} x 6 smart dimensions x k = 1..{@code bench.responsesPerDimension} (50) — so the run
 * fills every quota exactly and every request must get 201 ("submit response"). Afterwards (andThen) the
 * survey summaries of a random region and of the nation, each for {@code bench.summarySeconds} at each
 * user count of {@code bench.summaryUsers} (1 and 4), every request with HTTP Basic admin credentials:
 * "... [basic]" from clients that keep no cookie, so the app checks the password's hash (BCrypt) on every
 * request, as for curl; "... [session]" from clients that sign in once through the login form and keep
 * the session cookie, as a browser does, so the figures show the summary's own cost.
 *
 * <p>Knobs (system properties): bench.baseUrl (http://localhost:18080), bench.year (2098), bench.users
 * (16), bench.responsesPerDimension (50), bench.adminUser (admin), bench.adminPassword (else
 * $KC_ADMIN_PASSWORD), bench.regions ("api": the year's participants; or the path of regencies.csv),
 * bench.warmupYear (0 = no warm-up), bench.warmupSeconds (15), bench.summarySeconds (30),
 * bench.summaryWarmupSeconds (5), bench.summaryUsers (1,4), bench.summaryAuth (basic,session),
 * bench.p99GoalMs (50), bench.resultFile (target/gatling/survey-submissions.properties).
 *
 * <p>Assertions: submissions p99 under the goal and no failed request; a miss fails the Maven build after
 * the report is written.
 */
public class SurveySubmissionSimulation extends Simulation {

    static final String SUBMIT = "submit response";
    static final String FORM = "fetch form";
    static final String WARMUP_SUBMIT = "warm-up: submit response";
    static final String WARMUP_FORM = "warm-up: fetch form";

    private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:18080");
    private static final int YEAR = Integer.getInteger("bench.year", 2098);
    private static final int USERS = Integer.getInteger("bench.users", 16);
    private static final int PER_DIMENSION = Integer.getInteger("bench.responsesPerDimension", 50);
    private static final String ADMIN_USER = System.getProperty("bench.adminUser", "admin");
    private static final String ADMIN_PASSWORD =
            System.getProperty("bench.adminPassword", System.getenv().getOrDefault("KC_ADMIN_PASSWORD", ""));
    private static final String REGIONS = System.getProperty("bench.regions", "api");
    private static final int WARMUP_YEAR = Integer.getInteger("bench.warmupYear", 0);
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 15));
    private static final Duration SUMMARY = Duration.ofSeconds(Long.getLong("bench.summarySeconds", 30));
    private static final Duration SUMMARY_WARMUP = Duration.ofSeconds(Long.getLong("bench.summaryWarmupSeconds", 5));
    private static final List<Integer> SUMMARY_USERS = Arrays.stream(
                    System.getProperty("bench.summaryUsers", "1,4").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(Integer::valueOf)
            .toList();
    private static final List<String> SUMMARY_AUTH = Arrays.stream(
                    System.getProperty("bench.summaryAuth", "basic,session").split(","))
            .map(s -> s.trim().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .toList();
    private static final int P99_GOAL_MS = Integer.getInteger("bench.p99GoalMs", 50);
    private static final Path RESULT_FILE =
            Path.of(System.getProperty("bench.resultFile", "target/gatling/survey-submissions.properties"));

    private final List<String> regions = regions();
    private final SurveySlots slots = new SurveySlots(regions, PER_DIMENSION);

    // the submission phase's own clock: from the first request sent to the last answer received
    private final AtomicLong nextSlot = new AtomicLong();
    private final AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAnswered = new AtomicLong();
    private final LongAdder succeeded = new LongAdder();
    private final LongAdder failed = new LongAdder();

    private final HttpProtocolBuilder httpProtocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .userAgentHeader("kota-cerdas-bench")
            // no request to gatling.io before the run: this machine only talks to itself
            .disableWarmUp()
            .disableCaching();

    {
        List<PopulationBuilder> phases = new ArrayList<>();
        if (WARMUP_YEAR > 0 && !WARMUP.isZero()) {
            phases.add(warmup());
        }
        phases.add(submissions());
        phases.addAll(summaries());
        setUp(chain(phases))
                .protocols(httpProtocol)
                .assertions(
                        details(SUBMIT).responseTime().percentile(99.0).lt(P99_GOAL_MS),
                        details(SUBMIT).failedRequests().count().is(0L),
                        global().failedRequests().percent().is(0.0));
    }

    @Override
    public void before() {
        System.out.printf(
                "Survey benchmark: %s, year %d, %d regions x %d smart dimensions x %d = %d submissions from %d"
                        + " clients%n",
                BASE_URL,
                YEAR,
                slots.regionCount(),
                SurveySlots.DIMENSIONS.size(),
                PER_DIMENSION,
                slots.total(),
                USERS);
    }

    @Override
    public void after() {
        long count = succeeded.sum() + failed.sum();
        double seconds = (lastAnswered.get() - firstSent.get()) / 1e9;
        double rate = count > 0 && seconds > 0 ? count / seconds : 0;
        // the phase on the wall clock, for the script's CPU accounting
        long nowMillis = System.currentTimeMillis();
        long nowNanos = System.nanoTime();
        long startEpochMs = nowMillis - (nowNanos - firstSent.get()) / 1_000_000;
        long endEpochMs = nowMillis - (nowNanos - lastAnswered.get()) / 1_000_000;
        String result = String.format(
                Locale.ROOT,
                "submissions=%d%nsucceeded=%d%nfailed=%d%nseconds=%.3f%nperSecond=%.1f%nclients=%d%nyear=%d%n"
                        + "startEpochMs=%d%nendEpochMs=%d%n",
                count,
                succeeded.sum(),
                failed.sum(),
                seconds,
                rate,
                USERS,
                YEAR,
                count > 0 ? startEpochMs : 0,
                count > 0 ? endEpochMs : 0);
        System.out.printf(
                Locale.ROOT,
                "Submissions: %d (%d failed) in %.1f s = %.0f/s from %d clients%n",
                count,
                failed.sum(),
                seconds,
                rate,
                USERS);
        try {
            Files.createDirectories(RESULT_FILE.toAbsolutePath().getParent());
            Files.writeString(RESULT_FILE, result, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The measured run: a closed model of USERS clients looping over the shared slots until none is left. */
    private PopulationBuilder submissions() {
        long total = slots.total();
        Iterator<Map<String, Object>> feeder = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true; // past the last slot it hands out "no slot", which ends the client's loop
            }

            @Override
            public Map<String, Object> next() {
                long slot = nextSlot.getAndIncrement();
                if (slot >= total) {
                    return Map.of("slot", slot);
                }
                String dimension = slots.dimension(slot);
                String survey = "/api/v1/public/surveys/" + YEAR + "/" + slots.region(slot);
                return Map.of(
                        "slot",
                        slot,
                        "form",
                        survey + "?dimension=" + dimension,
                        "path",
                        survey + "/responses",
                        "dimension",
                        dimension,
                        "address",
                        address());
            }
        };
        ChainBuilder submit = exec(session -> {
                    firstSent.accumulateAndGet(System.nanoTime(), Math::min);
                    return session;
                })
                // as a client does: the form (with its form token) first, then the answers with that token
                .exec(http(FORM)
                        .get(session -> session.getString("form"))
                        .header("X-Forwarded-For", session -> session.getString("address"))
                        .check(status().is(200), jsonPath("$.formToken").saveAs("formToken")))
                .exec(http(SUBMIT)
                        .post(session -> session.getString("path"))
                        .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                        .header("X-Forwarded-For", session -> session.getString("address"))
                        .body(StringBody(session -> SurveySlots.body(
                                session.getString("dimension"), session.getString("formToken"), SurveySlots.answers())))
                        .asJson()
                        .check(status().is(201)))
                .exec(session -> {
                    lastAnswered.accumulateAndGet(System.nanoTime(), Math::max);
                    (session.isFailed() ? failed : succeeded).increment();
                    return session.markAsSucceeded();
                })
                .feed(feeder);
        ScenarioBuilder scenario = scenario("submissions, " + USERS + " clients")
                .feed(feeder)
                .asLongAs(session -> session.getLong("slot") < total)
                .on(submit);
        // a closed model: USERS clients from the start and none added later; each sends its next submission
        // only once the previous one is answered, and stops when the slots run out
        return scenario.injectOpen(atOnceUsers(USERS));
    }

    /** Submissions to another open year, to compile and warm the submission path before the measured run. */
    private PopulationBuilder warmup() {
        ScenarioBuilder scenario = scenario("warm-up, " + USERS + " clients")
                .during(WARMUP)
                .on(exec(session -> session.set(
                                        "survey",
                                        "/api/v1/public/surveys/" + WARMUP_YEAR + "/"
                                                + regions.get(ThreadLocalRandom.current()
                                                        .nextInt(regions.size())))
                                .set(
                                        "dimension",
                                        SurveySlots.DIMENSIONS.get(
                                                ThreadLocalRandom.current().nextInt(SurveySlots.DIMENSIONS.size())))
                                .set("address", address()))
                        .exec(http(WARMUP_FORM)
                                .get(session ->
                                        session.getString("survey") + "?dimension=" + session.getString("dimension"))
                                .header("X-Forwarded-For", session -> session.getString("address"))
                                .check(status().is(200), jsonPath("$.formToken").saveAs("formToken")))
                        .exec(http(WARMUP_SUBMIT)
                                .post(session -> session.getString("survey") + "/responses")
                                .header(
                                        "Idempotency-Key",
                                        session -> UUID.randomUUID().toString())
                                .header("X-Forwarded-For", session -> session.getString("address"))
                                .body(StringBody(session -> SurveySlots.body(
                                        session.getString("dimension"),
                                        session.getString("formToken"),
                                        SurveySlots.answers())))
                                .asJson()
                                // 409 once a warm-up quota is full: the path is warm all the same
                                .check(status().in(201, 409))));
        return scenario.injectOpen(atOnceUsers(USERS));
    }

    /**
     * A client address as a proxy in front of the app reports it (the benchmark's app trusts X-Forwarded-For from
     * localhost): real load comes from many addresses, so the per-address limits and address-group hashes see
     * many groups, not one. Mostly IPv4 from 10.0.0.0/8, a quarter IPv6 from 2001:db8::/32.
     */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextInt(4) == 0) {
            return String.format(
                    Locale.ROOT,
                    "2001:db8:%x:%x::%x",
                    random.nextInt(0x10000),
                    random.nextInt(0x10000),
                    1 + random.nextInt(0xfff));
        }
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** One phase per sign-in kind, target (a random region, the nation) and user count, one after another. */
    private List<PopulationBuilder> summaries() {
        List<PopulationBuilder> phases = new ArrayList<>();
        for (String auth : SUMMARY_AUTH) {
            if (!auth.equals("basic") && !auth.equals("session")) {
                throw new IllegalArgumentException("bench.summaryAuth: basic or session, not " + auth);
            }
            boolean basic = auth.equals("basic");
            if (!SUMMARY_WARMUP.isZero()) {
                phases.add(summaryPhase(
                        "warm-up: summaries [" + auth + "]",
                        basic,
                        2,
                        SUMMARY_WARMUP,
                        exec(regionSummary("warm-up: region summary [" + auth + "]"))
                                .exec(nationSummary("warm-up: nation summary [" + auth + "]"))));
            }
            for (String target : List.of("region", "nation")) {
                for (int users : SUMMARY_USERS) {
                    String name = target + " summary, " + users + (users == 1 ? " user" : " users") + " [" + auth + "]";
                    ChainBuilder request = exec(target.equals("region") ? regionSummary(name) : nationSummary(name));
                    phases.add(summaryPhase(name, basic, users, SUMMARY, request));
                }
            }
        }
        return phases;
    }

    private PopulationBuilder summaryPhase(
            String name, boolean basic, int users, Duration duration, ChainBuilder request) {
        // [basic]: a client that keeps no cookie, so the app checks the password's hash on every request (the
        // app answers API calls with a session cookie); [session]: a client that signs in once and keeps it
        ScenarioBuilder scenario = basic
                ? scenario(name).during(duration).on(exec(flushCookieJar()).exec(request))
                : scenario(name).exec(signIn()).during(duration).on(request);
        return scenario.injectOpen(atOnceUsers(users));
    }

    private HttpRequestActionBuilder regionSummary(String name) {
        return http(name)
                .get(session -> "/api/v1/periods/" + YEAR + "/regions/"
                        + regions.get(ThreadLocalRandom.current().nextInt(regions.size())) + "/survey-summary")
                .basicAuth(ADMIN_USER, ADMIN_PASSWORD)
                .check(status().is(200));
    }

    private HttpRequestActionBuilder nationSummary(String name) {
        return http(name)
                .get("/api/v1/periods/" + YEAR + "/survey-summary")
                .basicAuth(ADMIN_USER, ADMIN_PASSWORD)
                .check(status().is(200));
    }

    /** The login form, once per client: the API then takes the session, and checks no password again. */
    private static ChainBuilder signIn() {
        return exec(http("sign in: form")
                        .get("/masuk")
                        .header("Accept", "text/html")
                        .check(
                                status().is(200),
                                css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in: submit")
                        .post("/masuk")
                        .header("Accept", "text/html")
                        .formParam("username", ADMIN_USER)
                        .formParam("password", ADMIN_PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        // a refused sign-in goes back to the login page
                        .check(
                                status().is(302),
                                headerRegex("Location", "/masuk").notExists()));
    }

    /** Sequential phases: each starts when the one before has ended. */
    private static PopulationBuilder chain(List<PopulationBuilder> phases) {
        PopulationBuilder chained = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chained = phases.get(i).andThen(chained);
        }
        return chained;
    }

    /** The participating regions of the year (from the API), or the region codes of regencies.csv. */
    private static List<String> regions() {
        List<String> codes = new ArrayList<>();
        if (REGIONS.equals("api")) {
            String json = get("/api/v1/periods/" + YEAR + "/participants");
            Matcher m = Pattern.compile("\"regionCode\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
            while (m.find()) {
                codes.add(m.group(1));
            }
        } else {
            try {
                List<String> lines = Files.readAllLines(Path.of(REGIONS), StandardCharsets.UTF_8);
                List<String> header = Arrays.asList(lines.get(0).split(","));
                int column = header.indexOf("code");
                for (String line : lines.subList(1, lines.size())) {
                    if (!line.isBlank()) {
                        codes.add(line.split(",", -1)[column].trim());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("No regions for " + YEAR + " from " + REGIONS);
        }
        codes.sort(null);
        return List.copyOf(codes);
    }

    private static String get(String path) {
        String credentials = Base64.getEncoder()
                .encodeToString((ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
