package id.kotacerdas.programme.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Candidates sharing one composite across the quota's cut-off: {@code seats} of them fit, which ones is the
 * administrator's decision (none is proposed; the order is not broken by anything else).
 *
 * @param rank the rank they share
 * @param seats the places left in the quota once the candidates above them are proposed
 */
public record CutoffTie(int rank, BigDecimal composite, int seats, List<String> regionCodes) {

    public CutoffTie {
        regionCodes = List.copyOf(regionCodes);
    }
}
