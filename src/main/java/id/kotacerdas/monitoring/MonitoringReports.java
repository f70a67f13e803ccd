package id.kotacerdas.monitoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a monitoring report: the conclusions as the operator edited them, for a year or a semester. The first
 * save freezes the period's realisations; each later save is a new version and says why.
 */
@Service
public class MonitoringReports {

    static final int MAX_PARAGRAPHS = 40;

    private final Masterplans masterplans;
    private final MonitoringReportRepository repository;
    private final AuditTrail audit;

    MonitoringReports(Masterplans masterplans, MonitoringReportRepository repository, AuditTrail audit) {
        this.masterplans = masterplans;
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public SavedReport save(
            long plan, int year, Integer semester, List<String> conclusions, String reason, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        MasterplanRules.realisation(year, semester, BigDecimal.ZERO, masterplan.startYear(), masterplan.endYear());
        List<String> paragraphs = conclusions == null
                ? List.of()
                : conclusions.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(c -> MasterplanRules.required(c, "conclusions", 2000))
                        .toList();
        if (paragraphs.isEmpty() || paragraphs.size() > MAX_PARAGRAPHS) {
            throw new InvalidInput(
                    "conclusions",
                    "masterplan.report.conclusions",
                    "1 to 40 paragraphs of conclusions",
                    MAX_PARAGRAPHS);
        }
        int version = repository
                        .latest(plan, year, semester)
                        .map(SavedReport::version)
                        .orElse(0)
                + 1;
        String why = MasterplanRules.optional(reason, "reason", 1000);
        if (version > 1 && why == null) {
            throw new InvalidInput(
                    "reason", "masterplan.report.reason", "A new version of a saved report needs a reason");
        }
        try {
            repository.save(plan, year, semester, version, paragraphs, why, actor.username());
        } catch (DuplicateKeyException e) {
            throw new Conflict("masterplan.report.concurrent", "Saved by someone else at the same time");
        }
        audit.record(AuditEvent.by(actor.username(), "MONITORING_REPORT_SAVED")
                .inRegion(masterplan.regionCode())
                .about("masterplan " + plan + " " + year + (semester == null ? "" : " S" + semester))
                .to("version " + version + (why == null ? "" : ": " + why)));
        return repository.latest(plan, year, semester).orElseThrow();
    }
}
