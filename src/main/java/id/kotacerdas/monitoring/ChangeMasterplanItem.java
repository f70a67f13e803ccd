package id.kotacerdas.monitoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator or administrator changes a masterplan item: its words and its targets. */
@Service
public class ChangeMasterplanItem {

    private final Masterplans masterplans;
    private final MasterplanRepository repository;
    private final MasterplanItemRepository items;
    private final MonitoringReportRepository reports;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ChangeMasterplanItem(
            Masterplans masterplans,
            MasterplanRepository repository,
            MasterplanItemRepository items,
            MonitoringReportRepository reports,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.masterplans = masterplans;
        this.repository = repository;
        this.items = items;
        this.reports = reports;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Changes an item: its words and its targets (replaced whole). A target of a year whose report is saved is
     * frozen: changing the item then needs a reason, audited with it.
     */
    @Transactional
    public void change(long plan, long item, NewItem changed, String reason, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        if (!repository.itemOf(plan, item)) {
            throw new NotFound("masterplan.item.notFound", "No item " + item + " in masterplan " + plan, item);
        }
        MasterplanRules.level(changed.category(), changed.level());
        MasterplanRules.targets(changed.targets(), masterplan.startYear(), masterplan.endYear());
        MasterplanRules.institution(changed.category(), changed.direction(), changed.targets());
        Map<Integer, BigDecimal> before = items.targets(item);
        String why = MasterplanRules.optional(reason, "reason", 1000);
        Set<Integer> years = new TreeSet<>(before.keySet());
        years.addAll(changed.targets().keySet());
        for (int year : years) {
            boolean moved = !same(before.get(year), changed.targets().get(year));
            if (moved && why == null && reports.frozen(plan, year, null)) {
                throw new Conflict(
                        "masterplan.period.reported", "The year's report is saved: a change needs a reason", year);
            }
        }
        items.update(item, changed);
        events.publishEvent(new MasterplanChanged(plan, masterplan.startYear(), masterplan.endYear()));
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_ITEM_CHANGED")
                .inRegion(masterplan.regionCode())
                .about("masterplan " + plan + " item " + item)
                .from("targets " + before)
                .to(changed.name() + ", targets " + changed.targets() + (why == null ? "" : " (" + why + ")")));
    }

    /** The same number, whatever its scale (1 and 1.0000); or both missing. */
    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
