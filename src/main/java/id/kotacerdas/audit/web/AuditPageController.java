package id.kotacerdas.audit.web;

import id.kotacerdas.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' view of the audit trail, filterable by region and period. */
@Controller
class AuditPageController {

    private final AuditTrail audit;

    AuditPageController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String region, @RequestParam(required = false) Integer year, Model model) {
        String code = region == null || region.isBlank() ? null : region.trim();
        model.addAttribute("region", code);
        model.addAttribute("year", year);
        model.addAttribute("entries", audit.find(code, year));
        return "audit/audit";
    }
}
