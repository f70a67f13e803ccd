package id.kotacerdas.assessment;

import java.util.List;

/**
 * Published inside the transaction after which reconciliation waits for assessors: either the last member of a
 * panel submitted and questions' scores spread by {@link AssessmentApi#RECONCILIATION_SPREAD} or more (every member,
 * {@code questions} listed, no reason), or an administrator reopened one assessor's scoring (that assessor, no
 * questions, the reason).
 */
public record ReconciliationWaiting(
        int year, String regionCode, List<String> assessors, List<Integer> questions, String reason) {

    public boolean reopened() {
        return reason != null;
    }
}
