package id.kotacerdas.monitoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's masterplans and their items, targets and realisations: an administrator or the region's own operator
 * records them; every change is audited.
 */
@Service
public class Masterplans {

    private final MasterplanRepository repository;
    private final MonitoringReportRepository reports;
    private final RegionApi regions;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Masterplans(
            MasterplanRepository repository,
            MonitoringReportRepository reports,
            RegionApi regions,
            RegionAccess access,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.reports = reports;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public MasterplanView create(
            String region,
            String title,
            Integer startYear,
            Integer endYear,
            String legalBasis,
            String vision,
            Actor actor) {
        access.ensureAdminOrOperatorOf(actor, region);
        regions.get(region);
        MasterplanRules.years(startYear, endYear);
        long id;
        try {
            id = repository.insert(
                    region,
                    MasterplanRules.required(title, "title", 300),
                    startYear,
                    endYear,
                    MasterplanRules.optional(legalBasis, "legalBasis", 500),
                    MasterplanRules.optional(vision, "vision", 2000),
                    actor.username());
        } catch (DuplicateKeyException e) {
            throw new Conflict(
                    "masterplan.exists", "The region has a masterplan starting that year", region, startYear);
        }
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_CREATED")
                .inRegion(region)
                .about("masterplan " + id)
                .to(title + " " + startYear + "-" + endYear));
        return repository.find(id).orElseThrow();
    }

    public List<MasterplanView> ofRegion(String region, Actor actor) {
        access.ensureAdminOrOperatorOf(actor, region);
        regions.get(region);
        return repository.ofRegion(region);
    }

    /** The masterplan, once the caller may see it: NotFound alike for a missing one and another region's. */
    public MasterplanView get(long id, Actor actor) {
        MasterplanView plan =
                repository.find(id).orElseThrow(() -> new NotFound("masterplan.notFound", "No masterplan " + id, id));
        access.ensureAdminOrOperatorOf(actor, plan.regionCode());
        return plan;
    }

    @Transactional
    public long addItem(long plan, NewItem item, Actor actor) {
        MasterplanView masterplan = get(plan, actor);
        MasterplanRules.level(item.category(), item.level());
        MasterplanRules.targets(item.targets(), masterplan.startYear(), masterplan.endYear());
        MasterplanRules.institution(item.category(), item.direction(), item.targets());
        long id = repository.insertItem(plan, item, actor.username());
        events.publishEvent(new MasterplanChanged(plan, masterplan.startYear(), masterplan.endYear()));
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_ITEM_ADDED")
                .inRegion(masterplan.regionCode())
                .about("masterplan " + plan + " item " + id)
                .to(item.category() + ": " + item.name()));
        return id;
    }

    /**
     * Records a realisation. Once the period's report is saved its figures are frozen: a correction then needs a
     * reason, is audited with it, and the report's next version is saved after it.
     */
    @Transactional
    public void realise(
            long plan,
            long item,
            int year,
            Integer semester,
            BigDecimal value,
            String note,
            String reason,
            Actor actor) {
        MasterplanView masterplan = get(plan, actor);
        Category category = repository
                .category(plan, item)
                .orElseThrow(() ->
                        new NotFound("masterplan.item.notFound", "No item " + item + " in masterplan " + plan, item));
        MasterplanRules.realisation(year, semester, value, masterplan.startYear(), masterplan.endYear());
        MasterplanRules.stage(category, value, "value");
        String why = MasterplanRules.optional(reason, "reason", 1000);
        if (why == null && reports.frozen(plan, year, semester)) {
            throw new Conflict(
                    "masterplan.period.reported", "The period's report is saved: a correction needs a reason", year);
        }
        events.publishEvent(new MasterplanChanged(plan, masterplan.startYear(), masterplan.endYear()));
        repository.saveRealisation(
                item, year, semester, value, MasterplanRules.optional(note, "note", 2000), actor.username());
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_REALISATION_SAVED")
                .inRegion(masterplan.regionCode())
                .about("masterplan " + plan + " item " + item + " " + year + (semester == null ? "" : " S" + semester))
                .to(value.toPlainString() + (why == null ? "" : " (" + why + ")")));
    }
}
