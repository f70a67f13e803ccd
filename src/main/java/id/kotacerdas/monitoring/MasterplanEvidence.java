package id.kotacerdas.monitoring;

import java.math.BigDecimal;

/**
 * What a region's masterplan monitoring says for one question of the evaluation: which masterplan, which year,
 * what was counted ({@code what}: a message key, {@code category} its argument) and the counts.
 */
public record MasterplanEvidence(
        int questionNo,
        String masterplanTitle,
        int year,
        String what,
        String category,
        int planned,
        int met,
        int unknown,
        BigDecimal percent) {}
