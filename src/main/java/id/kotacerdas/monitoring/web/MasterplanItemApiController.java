package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.ChangeMasterplanItem;
import id.kotacerdas.monitoring.RemoveMasterplanItem;
import id.kotacerdas.monitoring.StopQuickWin;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

@ApiController("/api/v1/masterplans/{id}/items/{itemId}")
@Tag(name = "Masterplan monitoring")
class MasterplanItemApiController {

    /** A quick win stopped from a year of the masterplan, and why. */
    record StopBody(Integer year, String reason) {}

    private final ChangeMasterplanItem change;
    private final RemoveMasterplanItem remove;
    private final StopQuickWin stop;

    MasterplanItemApiController(ChangeMasterplanItem change, RemoveMasterplanItem remove, StopQuickWin stop) {
        this.change = change;
        this.remove = remove;
        this.stop = stop;
    }

    @PutMapping
    @Operation(
            summary = "Change an item: its words and its targets, replaced whole (audited)",
            description = "The body as for a new item. Changing a target of a year whose report is saved needs"
                    + " ?reason=...; 409 masterplan.period.reported without one.")
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
            notFound = {"masterplan.item.notFound", "masterplan.notFound"},
            conflict = {"masterplan.item.codeTaken", "masterplan.period.reported"})
    void change(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestBody MasterplanApiController.ItemBody body,
            @RequestParam(required = false) String reason,
            Actor actor) {
        change.change(id, itemId, body.checked(), reason, actor);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove an item with its targets and realisations (audited)",
            description = "409 masterplan.item.reported when the item has figures in a year whose report (of the"
                    + " year or a semester) is saved: such an item is changed with a reason, not removed.")
    @ProblemCodes(
            forbidden = "region.forbidden",
            notFound = {"masterplan.item.notFound", "masterplan.notFound"},
            conflict = "masterplan.item.reported")
    void remove(@PathVariable long id, @PathVariable long itemId, Actor actor) {
        remove.remove(id, itemId, actor);
    }

    @PutMapping("/stop")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Record that a quick win stopped, from which year and why (audited)",
            description = "From that year on its continuity is 'stopped' (docs/method.md 8.1). 400"
                    + " masterplan.quickWin.only for an item that is not a quick win; the reason is required.")
    @ProblemCodes(
            invalidInput = {"masterplan.field.invalid", "masterplan.quickWin.only", "masterplan.target.outside"},
            forbidden = "region.forbidden",
            notFound = {"masterplan.item.notFound", "masterplan.notFound"})
    void stop(@PathVariable long id, @PathVariable long itemId, @RequestBody StopBody body, Actor actor) {
        stop.stop(id, itemId, body.year(), body.reason(), actor);
    }

    @DeleteMapping("/stop")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Resume a stopped quick win (audited)",
            description = "409 masterplan.quickWin.running when it is not stopped.")
    @ProblemCodes(
            forbidden = "region.forbidden",
            notFound = {"masterplan.item.notFound", "masterplan.notFound"},
            conflict = "masterplan.quickWin.running")
    void resume(@PathVariable long id, @PathVariable long itemId, Actor actor) {
        stop.resume(id, itemId, actor);
    }
}
