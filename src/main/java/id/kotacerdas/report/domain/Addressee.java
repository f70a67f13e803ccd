package id.kotacerdas.report.domain;

/**
 * How the results letter addresses a region's head: {@code Bupati Badung} for Kabupaten Badung, {@code Walikota
 * Surakarta} for Kota Surakarta (Lampiran I of letter B-1478/DJAI/AI.01.02/11/2024).
 */
public final class Addressee {

    private Addressee() {}

    /** {@code kind} is KABUPATEN or KOTA; {@code name} the registry's name, with or without its kind in front. */
    public static String of(String kind, String name) {
        boolean city = "KOTA".equals(kind);
        String bare = withoutPrefix(name, city ? "Kota " : "Kabupaten ");
        return (city ? "Walikota " : "Bupati ") + bare;
    }

    private static String withoutPrefix(String name, String prefix) {
        return name.regionMatches(true, 0, prefix, 0, prefix.length()) ? name.substring(prefix.length()) : name;
    }
}
