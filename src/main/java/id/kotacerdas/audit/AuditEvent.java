package id.kotacerdas.audit;

/**
 * A change to record in the audit trail: who did what, in which period and region, to what, and the value
 * before and after. Built by name: {@code AuditEvent.by(actor, "SCORE_SAVED").in(year, region).about("question
 * 7").from("2").to("3")}.
 */
public record AuditEvent(
        String actor,
        String action,
        Integer year,
        String regionCode,
        String subject,
        String oldValue,
        String newValue) {

    public static AuditEvent by(String actor, String action) {
        return new AuditEvent(actor, action, null, null, null, null, null);
    }

    /** The period and region the change belongs to. */
    public AuditEvent in(Integer year, String region) {
        return new AuditEvent(actor, action, year, region, subject, oldValue, newValue);
    }

    /** The period the change belongs to, no particular region. */
    public AuditEvent inPeriod(Integer year) {
        return in(year, regionCode);
    }

    /** The region the change belongs to, no particular period. */
    public AuditEvent inRegion(String region) {
        return in(year, region);
    }

    /** What was changed (a question, an account, a reason). */
    public AuditEvent about(String what) {
        return new AuditEvent(actor, action, year, regionCode, what, oldValue, newValue);
    }

    public AuditEvent from(String before) {
        return new AuditEvent(actor, action, year, regionCode, subject, before, newValue);
    }

    public AuditEvent to(String after) {
        return new AuditEvent(actor, action, year, regionCode, subject, oldValue, after);
    }
}
