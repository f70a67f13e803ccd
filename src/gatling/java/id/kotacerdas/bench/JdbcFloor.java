package id.kotacerdas.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw floor of the survey benchmark: the rows that {@link SurveySubmissionSimulation} has the app
 * store (regions x 6 smart dimensions x 50, nine answers 1-4 not all equal, a random idempotency key),
 * inserted into the same {@code survey_response} table of the same database through plain JDBC, for
 * another year so the benchmark year's quotas stay empty. The year must exist with its participants
 * (the rows reference them), taken from its {@code participant} table.
 *
 * <p>Variants, each starting with none of the year's rows and removing them afterwards (then VACUUM, so
 * that what follows starts from the same table):
 *
 * <ul>
 *   <li>{@code batch}: one connection, autocommit off, batches of {@code batch} rows, commit per batch;
 *   <li>{@code single}: {@code threads} connections, each inserting one row per statement, autocommit;
 *   <li>{@code function}: {@code threads} connections, each calling {@code survey_submit(...)} once per row,
 *       autocommit — the app's own database round trip (lock, replay and quota checks, insert) without
 *       HTTP and Java around it. Skipped when the database has no such function.
 * </ul>
 *
 * <p>The rows are stored as the app stores them, so the app's tallies take them in the background as they
 * take the app's own ({@code kc.survey.aggregate-every}, 1 s): the floor runs beside the same background
 * work as the app's submissions. Between variants it waits until the tallies have caught up.
 *
 * <p>Usage: {@code java -cp ... id.kotacerdas.bench.JdbcFloor [--url=jdbc:postgresql://localhost:54329/postgres]
 * [--user=postgres] [--password=] [--year=2097] [--per-dimension=50] [--batch=100] [--threads=16]
 * [--variants=batch,single,function] [--keep] [--out=target/gatling/jdbc-floor.properties]}. Prints rows/s
 * per variant and writes them to {@code --out} as {@code <variant>.perSecond}.
 */
public final class JdbcFloor {

    private static final String INSERT = "insert into survey_response"
            + " (idempotency_key, year, region_code, dimension, answers, straight_lined, too_fast)"
            + " values (?, ?, ?, ?, ?, false, false)";

    /**
     * Whether the app's tallies have responses still to take (SurveyTallies, V13's watermark); the bound as a
     * scalar subquery, so that it is an index range on survey_response_xid rather than a scan of the table.
     */
    private static final String PENDING = "select exists (select 1 from survey_response s"
            + " where s.inserted_xid >= (select tallied_below from survey_tally_mark where id = 1)"
            + " and s.inserted_xid < pg_snapshot_xmin(pg_current_snapshot()))";

    private static final String SUBMIT =
            "select outcome from survey_submit(?, ?, ?, ?, ?, null, null, false, false, ?, ?, 'ONLINE', null)";

    private final String url;
    private final String user;
    private final String password;
    private final int year;
    private final int perDimension;
    private final int batch;
    private final int threads;

    private JdbcFloor(Map<String, String> options) {
        this.url = options.getOrDefault("url", "jdbc:postgresql://localhost:54329/postgres");
        this.user = options.getOrDefault("user", "postgres");
        this.password = options.getOrDefault("password", "");
        this.year = Integer.parseInt(options.getOrDefault("year", "2097"));
        this.perDimension = Integer.parseInt(options.getOrDefault("per-dimension", "50"));
        this.batch = Integer.parseInt(options.getOrDefault("batch", "100"));
        this.threads = Integer.parseInt(options.getOrDefault("threads", "16"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Options are --name=value, not " + arg);
            }
            int eq = arg.indexOf('=');
            options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        JdbcFloor floor = new JdbcFloor(options);
        List<String> variants = Arrays.stream(options.getOrDefault("variants", "batch,single,function")
                        .split(","))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
        boolean keep = Boolean.parseBoolean(options.getOrDefault("keep", "false"));
        Path out = Path.of(options.getOrDefault("out", "target/gatling/jdbc-floor.properties"));

        SurveySlots slots = new SurveySlots(floor.regions(), floor.perDimension);
        StringBuilder properties = new StringBuilder();
        properties.append("rows=").append(slots.total()).append('\n');
        properties.append("year=").append(floor.year).append('\n');
        System.out.printf(
                "JDBC floor: %s, year %d, %d regions x %d smart dimensions x %d = %d rows per variant%n",
                floor.url,
                floor.year,
                slots.regionCount(),
                SurveySlots.DIMENSIONS.size(),
                floor.perDimension,
                slots.total());
        for (String variant : variants) {
            floor.clear(true);
            Result result;
            switch (variant) {
                case "batch" -> result = floor.batched(slots);
                case "single" -> result = floor.singleRows(slots, INSERT, false);
                case "function" -> {
                    if (!floor.hasSubmitFunction()) {
                        System.out.println("floor function: skipped, the database has no survey_submit function");
                        continue;
                    }
                    result = floor.singleRows(slots, SUBMIT, true);
                }
                default -> throw new IllegalArgumentException("Unknown variant " + variant);
            }
            long stored = floor.count();
            System.out.printf(
                    Locale.ROOT,
                    "floor %s: %d rows in %.2f s = %.0f rows/s (%s); %d rows in the table%n",
                    variant,
                    result.rows(),
                    result.seconds(),
                    result.perSecond(),
                    result.how(),
                    stored);
            if (stored != slots.total()) {
                throw new IllegalStateException(
                        "floor " + variant + " stored " + stored + " rows, expected " + slots.total());
            }
            properties
                    .append(variant)
                    .append(".perSecond=")
                    .append(String.format(Locale.ROOT, "%.1f", result.perSecond()))
                    .append('\n');
            properties
                    .append(variant)
                    .append(".seconds=")
                    .append(String.format(Locale.ROOT, "%.3f", result.seconds()))
                    .append('\n');
            properties.append(variant).append(".how=").append(result.how()).append('\n');
            floor.clear(!keep);
            if (keep) {
                break; // the next variant would start on a full year
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, properties, StandardCharsets.UTF_8);
    }

    record Result(long rows, double seconds, String how) {
        double perSecond() {
            return rows / seconds;
        }
    }

    /** One connection, autocommit off, {@code batch} rows per executeBatch, commit per batch. */
    private Result batched(SurveySlots slots) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                int pending = 0;
                for (long slot = 0; slot < slots.total(); slot++) {
                    bind(c, insert, slots, slot);
                    insert.addBatch();
                    if (++pending == batch) {
                        insert.executeBatch();
                        c.commit();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(slots.total(), seconds, "1 connection, batches of " + batch + ", commit per batch");
        }
    }

    /** {@code threads} connections, one row per statement and transaction, slots drawn from one counter. */
    private Result singleRows(SurveySlots slots, String sql, boolean function) throws Exception {
        AtomicLong next = new AtomicLong();
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            connections.add(connect()); // connected before the clock starts
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> done = new ArrayList<>();
            for (Connection c : connections) {
                done.add(pool.submit(() -> {
                    long rows = 0;
                    try (PreparedStatement statement = c.prepareStatement(sql)) {
                        for (long slot = next.getAndIncrement(); slot < slots.total(); slot = next.getAndIncrement()) {
                            bind(c, statement, slots, slot);
                            if (function) {
                                statement.setInt(6, perDimension);
                                // a form token's nonce, used once, as the app stores it
                                statement.setString(
                                        7, UUID.randomUUID().toString().substring(0, 22));
                                try (ResultSet rs = statement.executeQuery()) {
                                    String outcome = rs.next() ? rs.getString(1) : null;
                                    if (!"CREATED".equals(outcome)) {
                                        throw new IllegalStateException("survey_submit answered " + outcome);
                                    }
                                }
                            } else {
                                statement.executeUpdate();
                            }
                            rows++;
                        }
                    }
                    return rows;
                }));
            }
            long rows = 0;
            for (Future<Long> f : done) {
                rows += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String how = threads + " connections, one row per " + (function ? "survey_submit() call" : "insert")
                    + ", autocommit";
            return new Result(rows, seconds, how);
        } finally {
            pool.shutdown();
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private void bind(Connection c, PreparedStatement statement, SurveySlots slots, long slot) throws SQLException {
        short[] answers = SurveySlots.answers();
        Short[] boxed = new Short[answers.length];
        for (int i = 0; i < answers.length; i++) {
            boxed[i] = answers[i];
        }
        Array array = c.createArrayOf("int2", boxed);
        statement.setObject(1, UUID.randomUUID());
        statement.setInt(2, year);
        statement.setString(3, slots.region(slot));
        statement.setString(4, slots.dimension(slot));
        statement.setArray(5, array);
    }

    private List<String> regions() throws SQLException {
        List<String> regions = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement s =
                        c.prepareStatement("select region_code from participant where year = ? order by region_code")) {
            s.setInt(1, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    regions.add(rs.getString(1));
                }
            }
        }
        if (regions.isEmpty()) {
            throw new IllegalStateException("No participants in " + year + ": set up the period first");
        }
        return regions;
    }

    private boolean hasSubmitFunction() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_proc where proname = 'survey_submit'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private long count() throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("select count(*) from survey_response where year = ?")) {
            s.setInt(1, year);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Removes the year's rows (when asked), then VACUUM ANALYZE, so the next phase starts from a clean table. */
    private void clear(boolean delete) throws SQLException, InterruptedException {
        awaitTallies();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            if (delete) {
                for (int attempt = 1; ; attempt++) {
                    try {
                        s.executeUpdate("delete from survey_response where year = " + year);
                        break;
                    } catch (SQLException e) {
                        if (!"40P01".equals(e.getSQLState()) || attempt == 5) { // deadlock_detected
                            throw e;
                        }
                    }
                }
            }
            s.execute("vacuum analyze survey_response");
        }
    }

    /**
     * Waits until the app's tallies have caught up with every stored row, so that their work on this variant's
     * rows does not run into the next phase; prints how long that took when it had to wait.
     */
    private void awaitTallies() throws SQLException, InterruptedException {
        long start = System.nanoTime();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (; ; ) {
                try (ResultSet rs = s.executeQuery(PENDING)) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        break;
                    }
                }
                if (System.nanoTime() - start > 300_000_000_000L) {
                    throw new IllegalStateException("The app's tallies did not catch up within 5 minutes");
                }
                Thread.sleep(100);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (seconds > 0.2) {
            System.out.printf(Locale.ROOT, "  (the app's tallies caught up %.1f s later)%n", seconds);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
