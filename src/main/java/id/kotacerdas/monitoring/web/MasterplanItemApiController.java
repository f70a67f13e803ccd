package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.ChangeMasterplanItem;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/masterplans/{id}/items/{itemId}")
@Tag(name = "Masterplan monitoring")
class MasterplanItemApiController {

    private final ChangeMasterplanItem change;

    MasterplanItemApiController(ChangeMasterplanItem change) {
        this.change = change;
    }

    @PutMapping
    @Operation(
            summary = "Change an item: its words and its targets, replaced whole (audited)",
            description = "The body as for a new item. Changing a target of a year whose report is saved needs"
                    + " ?reason=...; 409 masterplan.period.reported without one.")
    void change(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestBody MasterplanApiController.ItemBody body,
            @RequestParam(required = false) String reason,
            Actor actor) {
        change.change(id, itemId, body.checked(), reason, actor);
    }
}
