package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.TrackPeriod;
import id.kotacerdas.assessment.TrackingRow;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController("/api/v1/periods/{year}/tracking")
@Tag(name = "Tracking", description = "Where every participating region stands (ADMIN)")
class TrackingController {

    private final TrackPeriod tracking;

    TrackingController(TrackPeriod tracking) {
        this.tracking = tracking;
    }

    @GetMapping
    @Operation(summary = "Per region: answered/submitted, assessors assigned/done, interview, open reconciliation")
    @ProblemCodes(notFound = "period.notFound")
    List<TrackingRow> rows(@PathVariable int year, Actor actor) {
        return tracking.rows(year, actor);
    }
}
