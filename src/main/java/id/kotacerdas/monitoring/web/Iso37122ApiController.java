package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.domain.Iso37122Catalogue;
import id.kotacerdas.monitoring.domain.Iso37122Indicator;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;

@ApiController("/api/v1")
@Tag(name = "Masterplan monitoring")
class Iso37122ApiController {

    @GetMapping("/iso37122-indicators")
    @Operation(
            summary = "The SNI ISO 37122:2019 indicators: code, theme, the project's short title (any signed-in"
                    + " account)",
            description = "An ISO_37122 item whose code is one of these is that indicator; another code is the"
                    + " region's own indicator.")
    @ProblemCodes
    List<Iso37122Indicator> indicators() {
        return Iso37122Catalogue.indicators();
    }
}
