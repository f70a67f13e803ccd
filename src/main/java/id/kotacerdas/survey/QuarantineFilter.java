package id.kotacerdas.survey;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which of a region's responses a quarantine takes: every criterion given must match; none given matches nothing.
 *
 * @param addressGroup the keyed hash shown by the integrity view
 * @param from submitted at or after
 * @param to submitted before
 * @param answers the answers in question order, "4,4,3,…" (with {@code dimension})
 * @param source ONLINE, PAPER or COUNTER
 */
public record QuarantineFilter(
        String addressGroup,
        OffsetDateTime from,
        OffsetDateTime to,
        String dimension,
        String answers,
        String source,
        List<Long> responseIds) {

    boolean empty() {
        return addressGroup == null
                && from == null
                && to == null
                && dimension == null
                && answers == null
                && source == null
                && (responseIds == null || responseIds.isEmpty());
    }

    /** Blank texts given by a form count as not given. */
    public static QuarantineFilter of(
            String addressGroup,
            OffsetDateTime from,
            OffsetDateTime to,
            String dimension,
            String answers,
            String source,
            List<Long> responseIds) {
        return new QuarantineFilter(
                blank(addressGroup), from, to, blank(dimension), blank(answers), blank(source), responseIds);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
