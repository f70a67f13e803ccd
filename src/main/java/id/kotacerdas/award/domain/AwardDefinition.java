package id.kotacerdas.award.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.Locale;
import java.util.Set;

/**
 * An award category as defined: its name (Bahasa Indonesia, e.g. "Kabupaten dengan Smart Governance terbaik"), a
 * short slug naming it in addresses, what it ranks ({@link Measure} and its subject: a dimension code or a smart
 * dimension code), who competes (a track, a kind, both or neither: null means any) and how many places it awards.
 */
public record AwardDefinition(
        String name, String slug, Measure measure, String subject, String track, String kind, int places) {

    public static final int MAX_PLACES = 100;
    private static final int MAX_NAME = 200;

    /** The definition from raw input, normalised (codes upper case, empty means none), or InvalidInput naming the field. */
    public static AwardDefinition checked(
            String name, String slug, String measure, String subject, String track, String kind, Integer places) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new InvalidInput("name", "award.name", "The award needs a name of at most 200 characters");
        }
        Measure what = Measure.of(measure);
        String code = what.hasSubject() ? subjectCode(subject) : null;
        if (what.hasSubject() && code == null) {
            throw new InvalidInput("subject", "award.subject.required", "The measure needs a subject", what.name());
        }
        if (places == null || places < 1 || places > MAX_PLACES) {
            throw new InvalidInput("places", "award.places", "Places must be 1 to 100", MAX_PLACES);
        }
        return new AwardDefinition(
                cleanName, Slug.of(slug, cleanName), what, code, trackCode(track), kindCode(kind), places);
    }

    /**
     * Checks the codes against the period: the dimension among its instrument's, the smart dimension among those
     * with Outcome questions, the track among its tracks.
     */
    public AwardDefinition within(Set<String> dimensions, Set<String> smartDimensions, Set<String> tracks) {
        if (measure == Measure.DIMENSION && !dimensions.contains(subject)) {
            throw new InvalidInput("subject", "award.subject.unknown", "Unknown dimension " + subject, subject);
        }
        if (measure == Measure.SMART_DIMENSION_OUTCOME && !smartDimensions.contains(subject)) {
            throw new InvalidInput("subject", "award.subject.unknown", "Unknown smart dimension " + subject, subject);
        }
        if (track != null && !tracks.contains(track)) {
            throw new InvalidInput("track", "track.unknown", "Unknown track " + track, track);
        }
        return this;
    }

    /** Whether a region of this track and kind competes. */
    public boolean admits(String regionTrack, String regionKind) {
        return (track == null || track.equals(regionTrack)) && (kind == null || kind.equals(regionKind));
    }

    private static String subjectCode(String subject) {
        String code = code(subject);
        return code == null ? null : code.replaceFirst("^SMART_", "");
    }

    private static String trackCode(String track) {
        return code(track);
    }

    private static String kindCode(String kind) {
        String code = code(kind);
        if (code != null && !code.equals("KABUPATEN") && !code.equals("KOTA")) {
            throw new InvalidInput("kind", "award.kind", "Kind must be KABUPATEN or KOTA", code);
        }
        return code;
    }

    /** "Smart Governance" → "SMART_GOVERNANCE", "kppn-ikn" → "KPPN_IKN"; blank → null. */
    private static String code(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
