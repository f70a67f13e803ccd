package id.kotacerdas.monitoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region records that a quick win stopped, from which year and why, or that it resumed: its continuity year to
 * year follows (docs/method.md 8.1). Both audited; a year whose report is saved keeps its report until the next
 * version, which the region saves with a reason.
 */
@Service
public class StopQuickWin {

    private final Masterplans masterplans;
    private final MasterplanRepository repository;
    private final MasterplanItemLifecycleRepository items;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    StopQuickWin(
            Masterplans masterplans,
            MasterplanRepository repository,
            MasterplanItemLifecycleRepository items,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.masterplans = masterplans;
        this.repository = repository;
        this.items = items;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void stop(long plan, long item, Integer year, String reason, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        Category category = category(plan, item);
        String why = MasterplanRules.stop(category, year, reason, masterplan.startYear(), masterplan.endYear());
        items.stop(item, year, why);
        changed(masterplan, actor, "MASTERPLAN_QUICK_WIN_STOPPED", item, year + ": " + why);
    }

    @Transactional
    public void resume(long plan, long item, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        category(plan, item);
        Integer stopped = items.stoppedYear(item)
                .orElseThrow(() -> new Conflict("masterplan.quickWin.running", "The quick win is not stopped"));
        items.stop(item, null, null);
        changed(masterplan, actor, "MASTERPLAN_QUICK_WIN_RESUMED", item, "stopped from " + stopped);
    }

    private Category category(long plan, long item) {
        return repository
                .category(plan, item)
                .orElseThrow(() ->
                        new NotFound("masterplan.item.notFound", "No item " + item + " in masterplan " + plan, item));
    }

    private void changed(MasterplanView masterplan, Actor actor, String action, long item, String what) {
        events.publishEvent(new MasterplanChanged(masterplan.id(), masterplan.startYear(), masterplan.endYear()));
        audit.record(AuditEvent.by(actor.username(), action)
                .inRegion(masterplan.regionCode())
                .about("masterplan " + masterplan.id() + " item " + item)
                .to(what));
    }
}
