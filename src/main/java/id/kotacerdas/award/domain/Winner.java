package id.kotacerdas.award.domain;

import java.math.BigDecimal;

/**
 * A winner as the jury confirmed it, with what it was awarded for: its rank among the competitors, the number and
 * its working, as they stood at the confirmation.
 *
 * @param proposed whether the system had proposed it (otherwise the jury added it, with a reason)
 */
public record Winner(
        String regionCode,
        String regionName,
        int rank,
        BigDecimal value,
        String working,
        String source,
        boolean proposed) {

    static Winner of(Standing s) {
        Competitor c = s.competitor();
        return new Winner(c.regionCode(), c.regionName(), s.rank(), c.value(), c.working(), c.source(), s.proposed());
    }
}
