package id.kotacerdas.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * Values derived from a national table, kept while that table is the current one: a value computed from an older
 * table is computed again on its next read, so nothing needs invalidating besides the table itself (a new import,
 * weight change or correction builds a new table). Bounded, the least recently used dropped first.
 */
final class KeptWithTable<K, V> {

    private record Kept<V>(NationalTable table, V value) {}

    private final Cache<K, Kept<V>> values;

    KeptWithTable(long maximumSize) {
        this.values = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    V get(NationalTable table, K key, Function<K, V> compute) {
        Kept<V> kept = values.getIfPresent(key);
        if (kept != null && kept.table() == table) {
            return kept.value();
        }
        V value = compute.apply(key);
        values.put(key, new Kept<>(table, value));
        return value;
    }
}
