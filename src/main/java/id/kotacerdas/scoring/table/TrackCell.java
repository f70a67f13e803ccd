package id.kotacerdas.scoring.table;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code KET} (track) cell of the published table, parsed: {@code REGULER} stays {@code "REGULER"};
 * {@code KPPN IKN}, {@code KPPN-IKN} and {@code KPPN_IKN} (any case) become {@code "KPPN_IKN"}; anything else
 * is invalid with a reason.
 *
 * @param raw the cell as written ({@code ""} for {@code null})
 * @param track {@code "REGULER"} or {@code "KPPN_IKN"}, or {@code null} when invalid
 * @param invalidReason why the cell was refused, or {@code null} when valid
 */
public record TrackCell(String raw, String track, String invalidReason) {

    /** The regular track. */
    public static final String REGULER = "REGULER";

    /** The track of the regions supporting the new capital (Ibu Kota Nusantara). */
    public static final String KPPN_IKN = "KPPN_IKN";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0_\\-\u2013]+");

    public TrackCell {
        Objects.requireNonNull(raw, "raw");
        if ((track == null) == (invalidReason == null)) {
            throw new IllegalArgumentException("a track cell has either a track or a reason");
        }
    }

    /** Never throws. */
    public static TrackCell parse(String raw) {
        String text = raw == null ? "" : raw;
        String canonical = SEPARATORS.matcher(text.strip()).replaceAll("_").toUpperCase(Locale.ROOT);
        if (canonical.isEmpty()) {
            return new TrackCell(text, null, "the track (KET) is empty");
        }
        if (canonical.equals(REGULER) || canonical.equals(KPPN_IKN)) {
            return new TrackCell(text, canonical, null);
        }
        return new TrackCell(text, null, "unknown track (KET) '" + text.strip() + "'; expected REGULER or KPPN IKN");
    }

    /** Whether the cell named a known track. */
    public boolean isValid() {
        return track != null;
    }

    /** The track when valid. */
    public Optional<String> trackIfValid() {
        return Optional.ofNullable(track);
    }
}
