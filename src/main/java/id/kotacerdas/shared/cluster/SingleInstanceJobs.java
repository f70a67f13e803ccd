package id.kotacerdas.shared.cluster;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs background work on one instance at a time: the work runs in a transaction holding a PostgreSQL advisory
 * lock named after the job ({@code pg_try_advisory_xact_lock}); an instance that finds the lock taken skips its
 * turn instead of waiting. The lock goes with the transaction, also when the instance dies mid-run. Needs no
 * special rights. Every {@code @Scheduled} method runs its work through here.
 */
@Component
public class SingleInstanceJobs {

    /** The first key of the two-key advisory locks ("KC"), apart from the one-key locks the modules take. */
    private static final int NAMESPACE = 0x4B43;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SingleInstanceJobs(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code work} unless another instance (or thread) is running the job now; true when it ran. */
    public boolean runAlone(String job, Runnable work) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?, ?)")
                    .params(NAMESPACE, job.hashCode())
                    .query(Boolean.class)
                    .single();
            if (mine) {
                work.run();
            }
            return mine;
        }));
    }
}
