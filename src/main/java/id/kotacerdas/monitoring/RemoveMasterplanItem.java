package id.kotacerdas.monitoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.MasterplanItemLifecycleRepository.Figures;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator or administrator removes an item added by mistake, with its targets, realisations and evidence files
 * (their content too). An item with figures or files in a year whose report (of the year or a semester) is saved is
 * part of that report and stays: it can be changed with a reason, not removed.
 */
@Service
public class RemoveMasterplanItem {

    private final Masterplans masterplans;
    private final MasterplanItemLifecycleRepository items;
    private final RealisationEvidenceFiles evidence;
    private final MonitoringReportRepository reports;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    RemoveMasterplanItem(
            Masterplans masterplans,
            MasterplanItemLifecycleRepository items,
            RealisationEvidenceFiles evidence,
            MonitoringReportRepository reports,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.masterplans = masterplans;
        this.items = items;
        this.evidence = evidence;
        this.reports = reports;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void remove(long plan, long item, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        Figures figures = items.figures(plan, item)
                .orElseThrow(() ->
                        new NotFound("masterplan.item.notFound", "No item " + item + " in masterplan " + plan, item));
        if (reports.reportedAny(plan, figures.years())) {
            throw new Conflict(
                    "masterplan.item.reported",
                    "The item has figures in a year whose report is saved: change it with a reason instead",
                    figures.name());
        }
        int files = evidence.removeAllOf(item);
        items.delete(item);
        events.publishEvent(new MasterplanChanged(plan, masterplan.startYear(), masterplan.endYear()));
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_ITEM_REMOVED")
                .inRegion(masterplan.regionCode())
                .about("masterplan " + plan + " item " + item)
                .from(figures.name() + ", years " + figures.years() + ", " + files + " evidence files"));
    }
}
