package id.kotacerdas.shared.cluster;

/**
 * An event whose listeners only forget in-memory state derived from the database (caches). Besides its own
 * listeners, it reaches those of every other instance on the same database: {@link ClusterEventRelay} sends it
 * with PostgreSQL {@code NOTIFY} in the transaction that published it (delivered when, and only if, that
 * transaction commits) and {@link ClusterEventListener} publishes it again on the other instances, outside any
 * transaction (so listeners must be {@code @TransactionalEventListener(fallbackExecution = true)} or plain).
 *
 * <p>Only for records whose components are {@code int}, {@code long}, {@code boolean} or {@code String}, and only
 * for listeners that may run on every instance: never give one a listener that writes.
 */
public interface ClusterEvent {}
