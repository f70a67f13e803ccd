package id.kotacerdas.survey;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the ministry looks at to judge whether a region's survey responses are genuine. Addresses are never
 * stored: an address group (IPv4 address, IPv6 /64) appears only as a keyed hash, enough to tell that many
 * responses came from one group and to quarantine them.
 *
 * @param total every response stored, quarantined ones included
 * @param flagged straight-lined or too fast (kept, not counted)
 * @param topGroupShare share of the online responses from the busiest address group
 * @param duplicateShare share of responses whose dimension and answers are the same as another response's
 * @param bySource responses per source (ONLINE, PAPER, COUNTER)
 * @param perHour responses per hour (WIB), the latest 72 hours with responses
 * @param seconds time to complete of online responses: min, p10, median, p90
 */
public record RegionIntegrity(
        int year,
        String regionCode,
        String regionName,
        int total,
        int flagged,
        int quarantined,
        double flaggedShare,
        double topGroupShare,
        double duplicateShare,
        Map<String, Integer> bySource,
        List<Group> groups,
        List<Pattern> patterns,
        List<Hour> perHour,
        Seconds seconds) {

    /** An address group by its keyed hash, with its responses. */
    public record Group(String addressGroup, int responses, double share) {}

    /** Identical answers of one smart dimension given more than once. */
    public record Pattern(String dimension, String answers, int responses) {}

    public record Hour(OffsetDateTime hour, int responses) {}

    public record Seconds(Integer min, Integer p10, Integer median, Integer p90) {}
}
