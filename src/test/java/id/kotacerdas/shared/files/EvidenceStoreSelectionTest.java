package id.kotacerdas.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** {@code kc.evidence.store} picks one evidence store: PostgreSQL unless it says {@code s3}. */
class EvidenceStoreSelectionTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(JdbcClient.class, () -> JdbcClient.create(new SimpleDriverDataSource()))
            .withUserConfiguration(DatabaseEvidenceStore.class, S3EvidenceStore.class);

    @Test
    void the_database_keeps_evidence_unless_told_otherwise() {
        context.run(app -> assertThat(app.getBean(EvidenceStore.class)).isInstanceOf(DatabaseEvidenceStore.class));
        context.withPropertyValues("kc.evidence.store=postgres")
                .run(app -> assertThat(app.getBean(EvidenceStore.class)).isInstanceOf(DatabaseEvidenceStore.class));
    }

    @Test
    void s3_is_used_when_configured_and_refuses_to_start_without_a_bucket() {
        context.withPropertyValues(
                        "kc.evidence.store=s3",
                        "kc.evidence.s3.endpoint=http://localhost:1",
                        "kc.evidence.s3.bucket=kc-evidence",
                        "kc.evidence.s3.access-key=a",
                        "kc.evidence.s3.secret-key=b")
                .run(app -> assertThat(app.getBean(EvidenceStore.class)).isInstanceOf(S3EvidenceStore.class));
        context.withPropertyValues("kc.evidence.store=s3")
                .run(app ->
                        assertThat(app.getStartupFailure()).rootCause().hasMessageContaining("KC_EVIDENCE_S3_BUCKET"));
    }
}
