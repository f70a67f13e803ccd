package id.kotacerdas.region.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the many spellings of a region name found in published documents to a {@link NormalisedName}.
 *
 * <p>{@code "KAB. WAKATOBİ"}, {@code "Kabupaten Wakatobi"} and {@code "Bupati Wakatobi"} all become {@code
 * (KABUPATEN, "wakatobi")}; {@code "Walikota Bau-Bau"} and {@code "Kota Bau Bau"} both become {@code (KOTA,
 * "baubau")}. The steps are: Unicode NFKD, removal of combining marks (so a Turkish dotted capital {@code İ}
 * loses its dot), dotless {@code ı} to {@code i}, lower case in {@link Locale#ROOT}, recognition and removal of
 * the kind prefix, and finally removal of everything that is not a letter or a digit (spaces, hyphens, dots,
 * apostrophes).
 *
 * <p>A kind prefix is only recognised as a whole word: {@code "Kotabaru"} has no prefix (key {@code kotabaru}),
 * while {@code "Kota Baru"} is read as {@code (KOTA, "baru")}.
 */
public final class RegionNameNormaliser {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** {@code kab.}, {@code kab}, {@code kabupaten}, {@code bupati}, optionally followed by {@code adm.}/{@code administrasi}. */
    private static final Pattern KABUPATEN_PREFIX =
            Pattern.compile("^(?:kabupaten|kab|bupati)(?:[.\\s]+(?:administrasi|adm))?(?:\\s*\\.\\s*|\\s+)");

    /** {@code kota}, {@code walikota}, {@code wali kota}, optionally followed by {@code adm.}/{@code administrasi}. */
    private static final Pattern KOTA_PREFIX =
            Pattern.compile("^(?:kota|walikota|wali\\s+kota)(?:[.\\s]+(?:administrasi|adm))?(?:\\s*\\.\\s*|\\s+)");

    private RegionNameNormaliser() {}

    /**
     * Normalises a region name as written in a table, a letter or the registry.
     *
     * @param input any spelling; {@code null} is treated as empty
     * @return the kind named by the prefix (or {@code null}) and the comparison key (possibly empty)
     */
    public static NormalisedName normalise(String input) {
        String text = fold(input);
        RegionKind kind = null;
        Matcher kabupaten = KABUPATEN_PREFIX.matcher(text);
        Matcher kota = KOTA_PREFIX.matcher(text);
        if (kabupaten.find()) {
            kind = RegionKind.KABUPATEN;
            text = text.substring(kabupaten.end());
        } else if (kota.find()) {
            kind = RegionKind.KOTA;
            text = text.substring(kota.end());
        }
        return new NormalisedName(kind, toKey(text));
    }

    /**
     * The comparison key of the whole input, without looking for a kind prefix: {@code "Kota Baru"} gives
     * {@code kotabaru}. Used to recover names whose first word merely looks like a prefix.
     */
    static String keyWithoutPrefixRemoval(String input) {
        return toKey(fold(input));
    }

    /** NFKD, combining marks removed, Turkish dotless i folded, lower case, whitespace collapsed and trimmed. */
    private static String fold(String input) {
        if (input == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(input, Normalizer.Form.NFKD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // U+0131 (dotless i) has no decomposition; U+0130 (dotted capital I) became "I" + U+0307 above.
        String lower = unmarked.replace('\u0131', 'i').toLowerCase(Locale.ROOT);
        // Lower-casing can introduce combining marks again in some scripts; strip once more.
        lower = COMBINING_MARKS.matcher(lower).replaceAll("");
        return WHITESPACE.matcher(lower).replaceAll(" ").strip();
    }

    private static String toKey(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text).replaceAll("");
    }
}
