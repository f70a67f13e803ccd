package id.kotacerdas.region.domain;

import id.kotacerdas.region.domain.MatchResult.Exact;
import id.kotacerdas.region.domain.MatchResult.Suggested;
import id.kotacerdas.region.domain.MatchResult.Unmatched;
import id.kotacerdas.region.domain.MatchResult.Unmatched.Why;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Matches region names as written in published tables and letters against the region registry.
 *
 * <ol>
 *   <li>Exact: the normalised (kind, key) equals a registry entry's; when the input names no kind, the key
 *       alone must identify a single entry ({@code "BEKASI"} is ambiguous between the kabupaten and the kota).
 *   <li>Loose: otherwise the registry entries of the same kind (of any kind when none was named) are compared
 *       by Levenshtein distance on their keys, within {@link #maxDistance(int) a small threshold}. A single
 *       nearest entry is {@link Suggested}; a tie is {@link Unmatched} as {@link Why#AMBIGUOUS}.
 *   <li>Anything else is {@link Unmatched} as {@link Why#UNKNOWN}, with near entries as hints.
 * </ol>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RegionNameMatcher {

    /** Upper bound of the edit distance of a loose match, whatever the length of the name. */
    public static final int MAX_DISTANCE = 2;

    private static final int MAX_HINTS = 3;

    private final Map<KindKey, RegionName> byKindAndKey = new HashMap<>();
    private final Map<String, List<RegionName>> byKey = new HashMap<>();
    private final Map<RegionName, String> keys = new LinkedHashMap<>();

    /**
     * @param registry the registry entries; two entries of the same kind must not normalise to the same key
     * @throws IllegalArgumentException when two entries collide after normalisation
     */
    public RegionNameMatcher(Collection<RegionName> registry) {
        for (RegionName region : registry) {
            String key = RegionNameNormaliser.normalise(region.name()).key();
            RegionName clash = byKindAndKey.putIfAbsent(new KindKey(region.kind(), key), region);
            if (clash != null) {
                throw new IllegalArgumentException(
                        "registry entries " + clash + " and " + region + " have the same normalised name");
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(region);
            keys.put(region, key);
        }
    }

    /** Matches one written name; never returns {@code null}. */
    public MatchResult match(String input) {
        NormalisedName normalised = RegionNameNormaliser.normalise(input);
        String key = normalised.key();
        RegionKind kind = normalised.kind();
        if (key.isEmpty()) {
            return new Unmatched(Why.EMPTY, "no region name given" + quotedSuffix(input), List.of());
        }
        if (kind != null) {
            RegionName exact = byKindAndKey.get(new KindKey(kind, key));
            if (exact != null) {
                return new Exact(exact);
            }
            // "Kota Baru" read as (KOTA, "baru"): the prefix may really be part of the name ("Kotabaru").
            List<RegionName> whole = byKey.getOrDefault(RegionNameNormaliser.keyWithoutPrefixRemoval(input), List.of());
            if (whole.size() == 1) {
                return new Suggested(whole.get(0), 0);
            }
        } else {
            List<RegionName> sameKey = byKey.getOrDefault(key, List.of());
            if (sameKey.size() == 1) {
                return new Exact(sameKey.get(0));
            }
            if (sameKey.size() > 1) {
                return ambiguous(input, sameKey);
            }
        }
        return looseMatch(input, kind, key);
    }

    /** The largest edit distance accepted for a key of this length: at most 2, and at most a quarter of it. */
    static int maxDistance(int keyLength) {
        return Math.min(MAX_DISTANCE, keyLength / 4);
    }

    private MatchResult looseMatch(String input, RegionKind kind, String key) {
        int threshold = maxDistance(key.length());
        List<RegionName> nearest = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        if (threshold > 0) {
            LevenshteinDistance levenshtein = new LevenshteinDistance(threshold);
            for (Map.Entry<RegionName, String> entry : keys.entrySet()) {
                if (kind != null && entry.getKey().kind() != kind) {
                    continue;
                }
                int distance = levenshtein.apply(key, entry.getValue());
                if (distance < 0 || distance > best) {
                    continue; // -1: beyond the threshold
                }
                if (distance < best) {
                    best = distance;
                    nearest.clear();
                }
                nearest.add(entry.getKey());
            }
        }
        if (nearest.size() == 1) {
            return new Suggested(nearest.get(0), best);
        }
        if (nearest.size() > 1) {
            return ambiguous(input, nearest);
        }
        return unknown(input, kind, key);
    }

    private static Unmatched ambiguous(String input, List<RegionName> tied) {
        List<RegionName> sorted =
                tied.stream().sorted(Comparator.comparing(RegionName::name)).toList();
        String names = sorted.stream().map(RegionName::name).collect(Collectors.joining(", "));
        return new Unmatched(Why.AMBIGUOUS, "ambiguous: '" + input.strip() + "' could be " + names, sorted);
    }

    private Unmatched unknown(String input, RegionKind kind, String key) {
        List<RegionName> hints = new ArrayList<>();
        if (kind != null) {
            // Same name, other kind: "KAB. BUKITTINGGI" for Kota Bukittinggi. A hint, never a match.
            hints.addAll(byKey.getOrDefault(key, List.of()));
        }
        LevenshteinDistance wide = new LevenshteinDistance(Math.max(MAX_DISTANCE, key.length() / 3));
        keys.entrySet().stream()
                .filter(e -> kind == null || e.getKey().kind() == kind)
                .map(e -> Map.entry(e.getKey(), wide.apply(key, e.getValue())))
                .filter(e -> e.getValue() >= 0)
                .sorted(Map.Entry.<RegionName, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().name()))
                .limit(MAX_HINTS)
                .map(Map.Entry::getKey)
                .filter(r -> !hints.contains(r))
                .forEach(hints::add);
        String what = kind == null ? "region" : kind.name().toLowerCase(Locale.ROOT);
        StringBuilder reason = new StringBuilder("no " + what + " named '" + input.strip() + "'");
        if (!hints.isEmpty()) {
            reason.append("; nearest: ")
                    .append(hints.stream().map(RegionName::name).collect(Collectors.joining(", ")));
        }
        return new Unmatched(Why.UNKNOWN, reason.toString(), hints);
    }

    private static String quotedSuffix(String input) {
        return input == null ? "" : " ('" + input + "')";
    }

    private record KindKey(RegionKind kind, String key) {
        KindKey {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(key);
        }
    }
}
