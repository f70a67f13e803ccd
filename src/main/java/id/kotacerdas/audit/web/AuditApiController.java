package id.kotacerdas.audit.web;

import id.kotacerdas.audit.AuditEntry;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/audit")
@Tag(name = "Audit trail", description = "Every recorded change, newest first (ADMIN)")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Recorded changes, optionally of one region and one period (at most 1,000)")
    @ProblemCodes
    List<AuditEntry> find(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year) {
        return audit.find(region, year);
    }
}
