package id.kotacerdas.region.web;

import id.kotacerdas.region.RegionView;
import java.util.List;
import java.util.Locale;

/** Filters the registry by province code, kind and a case-insensitive name fragment; blank means any. */
public record RegionFilter(String province, String kind, String q) {

    static RegionFilter of(String province, String kind, String q) {
        return new RegionFilter(blankToNull(province), blankToNull(kind), blankToNull(q));
    }

    List<RegionView> apply(List<RegionView> regions) {
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        return regions.stream()
                .filter(r -> province == null || r.provinceCode().equals(province))
                .filter(r -> kind == null || r.kind().equalsIgnoreCase(kind))
                .filter(r -> needle == null || r.name().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
