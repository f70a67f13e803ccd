package id.kotacerdas.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 evidence store against a real implementation of the S3 protocol: Adobe's S3Mock, run as a process of
 * its own from its runnable jar (copied to {@code target/s3mock} by the build; it is a Spring Boot application
 * of its own, so it stays off this classpath).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3EvidenceStoreTest {

    static final Path JAR = Path.of("target/s3mock/s3mock.jar");
    static final String BUCKET = "kc-evidence";
    static final String ACCESS_KEY = "kota-cerdas";
    static final String SECRET_KEY = "rahasia-uji";
    static final Duration STARTUP = Duration.ofSeconds(120);

    Process s3mock;
    String endpoint;
    S3Client admin;
    S3EvidenceStore store;

    @BeforeAll
    void startS3Mock() throws Exception {
        assertThat(JAR)
                .as("S3Mock's jar (./mvnw process-test-resources copies it)")
                .exists();
        int port = freePort();
        Path root = Files.createTempDirectory("s3mock");
        Path log = Files.createTempFile("s3mock", ".log");
        s3mock = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        JAR.toString(),
                        "--http.port=" + port,
                        "--server.port=0",
                        "--com.adobe.testing.s3mock.store.root=" + root)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        endpoint = "http://localhost:" + port;
        awaitUp(log);
        admin = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .forcePathStyle(true)
                .build();
        admin.createBucket(b -> b.bucket(BUCKET));
        store = new S3EvidenceStore(endpoint, "us-east-1", BUCKET, ACCESS_KEY, SECRET_KEY, true, "evidence/");
    }

    @AfterAll
    void stopS3Mock() throws Exception {
        if (store != null) {
            store.destroy();
        }
        if (admin != null) {
            admin.close();
        }
        if (s3mock != null) {
            s3mock.destroy();
            if (!s3mock.waitFor(10, TimeUnit.SECONDS)) {
                s3mock.destroyForcibly();
            }
        }
    }

    @Test
    void a_file_put_in_the_bucket_reads_back_byte_for_byte_under_the_prefix() {
        byte[] content = new byte[1024 * 1024 + 7];
        new Random(42).nextBytes(content);

        store.put("0f1e2d3c-aaaa-bbbb-cccc-000000000001", content);

        assertThat(store.has("0f1e2d3c-aaaa-bbbb-cccc-000000000001")).isTrue();
        assertThat(store.get("0f1e2d3c-aaaa-bbbb-cccc-000000000001")).hasValue(content);
        List<String> keys = admin.listObjectsV2(b -> b.bucket(BUCKET).prefix("evidence/")).contents().stream()
                .map(S3Object::key)
                .toList();
        assertThat(keys).contains("evidence/0f1e2d3c-aaaa-bbbb-cccc-000000000001");
    }

    @Test
    void a_file_never_stored_is_missing_not_an_error() {
        assertThat(store.has("never-stored")).isFalse();
        assertThat(store.get("never-stored")).isEmpty();
    }

    @Test
    void storing_the_same_name_again_keeps_the_file() {
        byte[] content = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        store.put("0f1e2d3c-aaaa-bbbb-cccc-000000000002", content);
        store.put("0f1e2d3c-aaaa-bbbb-cccc-000000000002", content);

        assertThat(store.get("0f1e2d3c-aaaa-bbbb-cccc-000000000002")).hasValue(content);
    }

    @Test
    void a_removed_file_is_gone_and_removing_a_missing_one_is_no_error() {
        byte[] content = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        store.put("masterplan/0f1e2d3c-aaaa-bbbb-cccc-000000000003", content);

        store.delete("masterplan/0f1e2d3c-aaaa-bbbb-cccc-000000000003");
        store.delete("never-stored");

        assertThat(store.has("masterplan/0f1e2d3c-aaaa-bbbb-cccc-000000000003")).isFalse();
        assertThat(store.get("masterplan/0f1e2d3c-aaaa-bbbb-cccc-000000000003")).isEmpty();
    }

    @Test
    void inside_a_transaction_a_file_is_removed_only_when_it_commits() {
        byte[] content = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        store.put("0f1e2d3c-aaaa-bbbb-cccc-000000000004", content);
        store.put("0f1e2d3c-aaaa-bbbb-cccc-000000000005", content);

        inTransaction(TransactionSynchronization.STATUS_ROLLED_BACK, "0f1e2d3c-aaaa-bbbb-cccc-000000000004");
        assertThat(store.has("0f1e2d3c-aaaa-bbbb-cccc-000000000004"))
                .as("kept after a rollback")
                .isTrue();

        inTransaction(TransactionSynchronization.STATUS_COMMITTED, "0f1e2d3c-aaaa-bbbb-cccc-000000000005");
        assertThat(store.has("0f1e2d3c-aaaa-bbbb-cccc-000000000005"))
                .as("gone after the commit")
                .isFalse();
    }

    /** Removes the file in a transaction that ends with this status, as Spring ends one. */
    private void inTransaction(int status, String name) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            store.delete(name);
            assertThat(store.has(name))
                    .as("still there before the transaction ends")
                    .isTrue();
            List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
            if (status == TransactionSynchronization.STATUS_COMMITTED) {
                synchronizations.forEach(TransactionSynchronization::afterCommit);
            }
            synchronizations.forEach(s -> s.afterCompletion(status));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private void awaitUp(Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(s3mock.isAlive())
                    .as("S3Mock stopped: %s", Files.readString(log))
                    .isTrue();
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create(endpoint + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("S3Mock did not start within " + STARTUP + ": " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
