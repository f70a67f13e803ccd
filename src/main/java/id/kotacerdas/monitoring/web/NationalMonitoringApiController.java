package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.NationalMonitoring;
import id.kotacerdas.monitoring.NationalMonitoringView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/masterplan-monitoring")
@Tag(name = "Masterplan monitoring")
class NationalMonitoringApiController {

    private final NationalMonitoring monitoring;

    NationalMonitoringApiController(NationalMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping
    @Operation(
            summary = "Every region's masterplan monitoring of a year or semester (ADMIN): regions reporting, the"
                    + " nation's counts per category, mean implementation per smart dimension, expired masterplans")
    @ProblemCodes
    NationalMonitoringView view(@RequestParam int year, @RequestParam(required = false) Integer semester, Actor actor) {
        return monitoring.view(year, semester, actor);
    }
}
