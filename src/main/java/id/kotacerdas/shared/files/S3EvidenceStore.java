package id.kotacerdas.shared.files;

import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence content as objects {@code <prefix><name>} in a bucket of S3-compatible object storage (AWS S3,
 * MinIO, Ceph, Garage...), chosen with {@code kc.evidence.store=s3}. The bucket must exist. Without an access
 * key the SDK's usual credential chain applies (environment, profile, instance role). Checksums are sent and
 * checked only where the protocol requires them, which every S3-compatible store understands.
 */
@Component
@ConditionalOnProperty(name = "kc.evidence.store", havingValue = "s3")
class S3EvidenceStore implements EvidenceStore, DisposableBean {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3EvidenceStore(
            @Value("${kc.evidence.s3.endpoint:}") String endpoint,
            @Value("${kc.evidence.s3.region:us-east-1}") String region,
            @Value("${kc.evidence.s3.bucket:}") String bucket,
            @Value("${kc.evidence.s3.access-key:}") String accessKey,
            @Value("${kc.evidence.s3.secret-key:}") String secretKey,
            @Value("${kc.evidence.s3.path-style:true}") boolean pathStyle,
            @Value("${kc.evidence.s3.prefix:evidence/}") String prefix) {
        if (bucket.isBlank()) {
            throw new IllegalStateException("kc.evidence.store=s3 needs a bucket: set KC_EVIDENCE_S3_BUCKET");
        }
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region))
                .credentialsProvider(credentials(accessKey, secretKey))
                .forcePathStyle(pathStyle)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.s3 = builder.build();
        this.bucket = bucket;
        this.prefix = prefix;
    }

    private static AwsCredentialsProvider credentials(String accessKey, String secretKey) {
        return accessKey.isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
    }

    @Override
    public void put(String name, byte[] content) {
        s3.putObject(
                b -> b.bucket(bucket).key(prefix + name).contentLength((long) content.length),
                RequestBody.fromBytes(content));
    }

    @Override
    public Optional<byte[]> get(String name) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + name))
                    .asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean has(String name) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(prefix + name));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** After the caller's transaction commits, so that a rolled-back removal leaves the file its row still names. */
    @Override
    public void delete(String name) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteNow(name);
                }
            });
        } else {
            deleteNow(name);
        }
    }

    private void deleteNow(String name) {
        // S3 answers a removal of a missing key with success
        s3.deleteObject(b -> b.bucket(bucket).key(prefix + name));
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
