package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.FieldEvaluations;
import id.kotacerdas.monitoring.NationalMonitoring;
import id.kotacerdas.security.Actor;
import java.time.Clock;
import java.time.Year;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ministry's page of every region's masterplan monitoring and field evaluations (administrators). */
@Controller
class NationalMonitoringController {

    private final NationalMonitoring monitoring;
    private final FieldEvaluations fieldEvaluations;
    private final Clock clock;

    NationalMonitoringController(NationalMonitoring monitoring, FieldEvaluations fieldEvaluations, Clock clock) {
        this.monitoring = monitoring;
        this.fieldEvaluations = fieldEvaluations;
        this.clock = clock;
    }

    @GetMapping("/admin/masterplan")
    String page(
            @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) Integer semester,
            Actor actor,
            Model model) {
        int year = tahun != null ? tahun : Year.now(clock).getValue();
        model.addAttribute("view", monitoring.view(year, semester, actor));
        model.addAttribute("fieldEvaluations", fieldEvaluations.national(year, actor));
        model.addAttribute("year", year);
        model.addAttribute("semester", semester);
        return "monitoring/national";
    }
}
