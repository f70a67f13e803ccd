package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.MasterplanItemView;
import id.kotacerdas.monitoring.MasterplanMonitoring;
import id.kotacerdas.monitoring.MasterplanView;
import id.kotacerdas.monitoring.Masterplans;
import id.kotacerdas.monitoring.NewItem;
import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.CategorySummary;
import id.kotacerdas.monitoring.domain.Continuity;
import id.kotacerdas.monitoring.domain.Direction;
import id.kotacerdas.monitoring.domain.Implementation;
import id.kotacerdas.monitoring.domain.InstitutionCount;
import id.kotacerdas.monitoring.domain.InstitutionStage;
import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.monitoring.domain.MonitoredItem;
import id.kotacerdas.monitoring.domain.QuickWinCount;
import id.kotacerdas.monitoring.domain.RoadmapLevel;
import id.kotacerdas.monitoring.domain.SmartDimension;
import id.kotacerdas.monitoring.domain.Status;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1")
@Tag(name = "Masterplan monitoring")
class MasterplanApiController {

    record PlanBody(String title, Integer startYear, Integer endYear, String legalBasis, String vision) {}

    /**
     * {@code code}: optional, unique in the masterplan; an ISO 37122 item's is the indicator's (5.1), any other
     * code is the region's own indicator.
     */
    record ItemBody(
            String code,
            String category,
            String smartDimension,
            String level,
            String name,
            String unit,
            String direction,
            Map<Integer, BigDecimal> targets,
            String responsibleAgency) {

        NewItem checked() {
            Category parsed = MasterplanRules.parse(Category.class, category, "category", false);
            return new NewItem(
                    MasterplanRules.code(code, "code"),
                    parsed,
                    MasterplanRules.parse(SmartDimension.class, smartDimension, "smartDimension", true),
                    MasterplanRules.parse(RoadmapLevel.class, level, "level", true),
                    MasterplanRules.required(name, "name", 500),
                    MasterplanRules.optional(unit, "unit", 60),
                    MasterplanRules.parse(Direction.class, direction, "direction", false),
                    targets == null ? Map.of() : targets,
                    MasterplanRules.optional(responsibleAgency, "responsibleAgency", 200));
        }
    }

    /** {@code reason}: required to correct a figure of a period whose report is saved. */
    record RealisationBody(BigDecimal value, Integer semester, String note, String reason) {}

    record Created(long id) {}

    record MonitoringBody(
            long masterplan,
            int year,
            Integer semester,
            Map<Category, CategorySummary> categories,
            Map<SmartDimension, Implementation> smartDimensions,
            InstitutionCount institutions,
            QuickWinCount quickWins,
            List<String> conclusions,
            List<MonitoredItemBody> items) {}

    /**
     * An item of the masterplan with its figures for the period asked for: the target, the figure read, status and
     * achievement, an institution's stage and a quick win's continuity.
     */
    record MonitoredItemBody(
            long id,
            String code,
            Category category,
            SmartDimension smartDimension,
            RoadmapLevel level,
            String name,
            String unit,
            Direction direction,
            String responsibleAgency,
            Map<Integer, BigDecimal> targets,
            BigDecimal realised,
            Status status,
            BigDecimal achievementPercent,
            InstitutionStage stage,
            Continuity continuity,
            Integer stoppedYear,
            String stopReason) {

        static MonitoredItemBody of(MasterplanItemView v, int year, Integer semester) {
            MonitoredItem i = v.item();
            return new MonitoredItemBody(
                    v.id(),
                    v.code(),
                    i.category(),
                    i.smartDimension(),
                    i.level(),
                    v.name(),
                    v.unit(),
                    i.direction(),
                    v.responsibleAgency(),
                    i.targets(),
                    i.realised(year, semester).orElse(null),
                    v.achievement().status(),
                    v.achievement().percent(),
                    i.stage(year, semester).orElse(null),
                    i.continuity(year, semester),
                    i.stoppedYear(),
                    v.stopReason());
        }
    }

    private final Masterplans masterplans;
    private final MasterplanMonitoring monitoring;

    MasterplanApiController(Masterplans masterplans, MasterplanMonitoring monitoring) {
        this.masterplans = masterplans;
        this.monitoring = monitoring;
    }

    @PostMapping("/regions/{code}/masterplans")
    @Operation(summary = "Record a region's masterplan (ADMIN or the region's OPERATOR; audited)")
    @ProblemCodes(
            invalidInput = {"masterplan.field.invalid", "masterplan.years.invalid"},
            notFound = "region.notFound",
            conflict = "masterplan.exists")
    ResponseEntity<MasterplanView> create(@PathVariable String code, @RequestBody PlanBody body, Actor actor) {
        MasterplanView plan = masterplans.create(
                code, body.title(), body.startYear(), body.endYear(), body.legalBasis(), body.vision(), actor);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + plan.id()))
                .body(plan);
    }

    @GetMapping("/regions/{code}/masterplans")
    @Operation(summary = "A region's masterplans (ADMIN or the region's OPERATOR)")
    @ProblemCodes(notFound = "region.notFound")
    List<MasterplanView> ofRegion(@PathVariable String code, Actor actor) {
        return masterplans.ofRegion(code, actor);
    }

    @GetMapping("/masterplans/{id}")
    @Operation(summary = "A masterplan (ADMIN or the region's OPERATOR; 404 for another region's)")
    @ProblemCodes(forbidden = "region.forbidden", notFound = "masterplan.notFound")
    MasterplanView get(@PathVariable long id, Actor actor) {
        return masterplans.get(id, actor);
    }

    @PostMapping("/masterplans/{id}/items")
    @Operation(
            summary = "Add an item to a masterplan: what it monitors, unit, direction, targets by year (audited)",
            description = "400 masterplan.value.unknown, masterplan.field.invalid, masterplan.item.level,"
                    + " masterplan.target.outside, masterplan.item.code with the field; 409 masterplan.item.codeTaken.")
    @ProblemCodes(
            invalidInput = {
                "masterplan.field.invalid",
                "masterplan.institution.direction",
                "masterplan.institution.stage",
                "masterplan.item.code",
                "masterplan.item.level",
                "masterplan.target.outside",
                "masterplan.value.unknown"
            },
            forbidden = "region.forbidden",
            notFound = "masterplan.notFound",
            conflict = "masterplan.item.codeTaken")
    ResponseEntity<Created> addItem(@PathVariable long id, @RequestBody ItemBody body, Actor actor) {
        long item = masterplans.addItem(id, body.checked(), actor);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/items/" + item))
                .body(new Created(item));
    }

    @PutMapping("/masterplans/{id}/items/{itemId}/realisations/{year}")
    @Operation(summary = "Record what an item realised in a year (semester null) or a semester (1, 2); audited")
    @ProblemCodes(
            invalidInput = {
                "masterplan.field.invalid",
                "masterplan.institution.stage",
                "masterplan.semester.invalid",
                "masterplan.target.outside",
                "masterplan.value.missing"
            },
            forbidden = "region.forbidden",
            notFound = {"masterplan.item.notFound", "masterplan.notFound"},
            conflict = "masterplan.period.reported")
    RealisationBody realise(
            @PathVariable long id,
            @PathVariable long itemId,
            @PathVariable int year,
            @RequestBody RealisationBody body,
            Actor actor) {
        masterplans.realise(id, itemId, year, body.semester(), body.value(), body.note(), body.reason(), actor);
        return body;
    }

    @GetMapping("/masterplans/{id}/monitoring")
    @Operation(
            summary = "A masterplan's monitoring for a year or semester: statuses per category, implementation per"
                    + " smart dimension, institutions by stage, quick wins by continuity, the conclusions (as saved,"
                    + " else drafted) and every item with its figures")
    @ProblemCodes(
            invalidInput = {"masterplan.semester.invalid", "masterplan.target.outside"},
            forbidden = "region.forbidden",
            notFound = "masterplan.notFound")
    MonitoringBody monitoring(
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer semester,
            Actor actor) {
        MasterplanMonitoring.Report report = monitoring.of(id, year, semester, actor);
        return new MonitoringBody(
                id,
                year,
                semester,
                report.summary().categories(),
                report.summary().smartDimensions(),
                report.summary().institutions(),
                report.summary().quickWins(),
                report.conclusions(),
                report.items().stream()
                        .map(v -> MonitoredItemBody.of(v, year, semester))
                        .toList());
    }
}
