package id.kotacerdas.scoring.web;

import id.kotacerdas.scoring.NationalResultView;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Filters the national table by track, kind (kabupaten/kota) and province, and sorts it by rank, name,
 * province, track, final, improvement or a dimension; blank filters mean any.
 */
public record TableQuery(String track, String kind, String province, String sort, boolean descending) {

    static TableQuery of(String track, String kind, String province, String sort, String dir) {
        String key = blank(sort) ? "rank" : sort.trim();
        boolean desc = dir == null ? defaultDescending(key) : dir.equalsIgnoreCase("desc");
        return new TableQuery(blankToNull(track), blankToNull(kind), blankToNull(province), key, desc);
    }

    List<NationalResultView> apply(List<NationalResultView> lines) {
        Comparator<NationalResultView> order = comparator();
        return lines.stream()
                .filter(l -> track == null || l.track().equalsIgnoreCase(track))
                .filter(l -> kind == null || l.kind().equalsIgnoreCase(kind))
                .filter(l -> province == null || l.provinceCode().equals(province))
                .sorted(descending ? order.reversed() : order)
                .toList();
    }

    /** The direction a click on {@code column}'s header asks for. */
    public String nextDirection(String column) {
        if (column.equals(sort)) {
            return descending ? "asc" : "desc";
        }
        return defaultDescending(column) ? "desc" : "asc";
    }

    private Comparator<NationalResultView> comparator() {
        Comparator<NationalResultView> byName =
                Comparator.comparing(l -> l.regionName().toLowerCase(Locale.ROOT));
        Comparator<NationalResultView> primary = switch (sort) {
            case "name" -> byName;
            case "province" -> Comparator.comparing(NationalResultView::provinceName);
            case "track" -> Comparator.comparing(NationalResultView::track);
            case "final" -> decimal(NationalResultView::finalScore);
            case "improvement" -> decimal(NationalResultView::improvement);
            case "rank" -> Comparator.comparingInt(NationalResultView::rank);
            default -> decimal(l -> l.score(sort));
        };
        return primary.thenComparing(byName);
    }

    private static Comparator<NationalResultView> decimal(Function<NationalResultView, BigDecimal> value) {
        return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static boolean defaultDescending(String key) {
        return !(key.equals("rank") || key.equals("name") || key.equals("province") || key.equals("track"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
