package id.kotacerdas.award.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The short name of an award in addresses: lower-case letters, digits and single hyphens, 2 to 60 characters, not
 * only digits (a number names an award by its id). Given, or made from the award's name
 * ("Kabupaten dengan Smart Governance terbaik" → "kabupaten-dengan-smart-governance-terbaik").
 */
public final class Slug {

    static final int MAX = 60;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private Slug() {}

    /** The slug given, checked; or, when none is given, one made from the name. */
    public static String of(String given, String name) {
        if (given != null && !given.isBlank()) {
            String slug = given.strip();
            if (!isValid(slug)) {
                throw new InvalidInput("slug", "award.slug", "Invalid slug " + slug, slug);
            }
            return slug;
        }
        String made = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (isValid(cut(made))) {
            return cut(made);
        }
        return cut(made.isEmpty() ? "penghargaan" : "penghargaan-" + made);
    }

    private static String cut(String slug) {
        return slug.length() > MAX ? slug.substring(0, MAX).replaceAll("-+$", "") : slug;
    }

    public static boolean isValid(String slug) {
        return slug.length() >= 2
                && slug.length() <= MAX
                && VALID.matcher(slug).matches()
                && !DIGITS.matcher(slug).matches();
    }
}
