package id.kotacerdas.audit;

import java.time.OffsetDateTime;

/** One recorded change: who, when, which period and region, what, and the value before and after. */
public record AuditEntry(
        long id,
        OffsetDateTime happenedAt,
        String actor,
        Integer year,
        String regionCode,
        String action,
        String subject,
        String oldValue,
        String newValue) {}
