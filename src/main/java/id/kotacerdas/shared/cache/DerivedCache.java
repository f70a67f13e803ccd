package id.kotacerdas.shared.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Values computed from stored data (a period's instrument, a national table), kept in memory until a change to
 * that data commits. A value computed while a change was committing is returned to its caller but never kept:
 * every invalidation moves a generation first, and a value is stored only if the generation it was computed in
 * is still current, checked atomically with the store. So a table built from the rows before a commit cannot
 * stay cached after the commit's invalidation, whichever thread gets there first.
 *
 * <p>The loader runs outside the cache's locks, so it may read other keys of the same cache (a national table
 * reads the year before). Invalidate upstream caches before downstream ones (order the listeners), so that a
 * downstream value is never recomputed from an upstream value that is about to be dropped.
 */
public final class DerivedCache<K, V> {

    private final Cache<K, V> values;
    private final AtomicLong generation = new AtomicLong();

    public DerivedCache(long maximumSize) {
        this.values = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    public V get(K key, Function<? super K, ? extends V> loader) {
        V cached = values.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long computedIn = generation.get();
        V loaded = loader.apply(key);
        values.asMap()
                .compute(
                        key,
                        (k, current) -> current != null ? current : generation.get() == computedIn ? loaded : null);
        return loaded;
    }

    /** Drops these keys, and anything being computed now from data the change replaced. */
    @SafeVarargs
    public final void invalidate(K... keys) {
        generation.incrementAndGet();
        for (K key : keys) {
            values.invalidate(key);
        }
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        values.invalidateAll();
    }
}
