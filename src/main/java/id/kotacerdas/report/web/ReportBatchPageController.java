package id.kotacerdas.report.web;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.report.ReportBatches;
import id.kotacerdas.report.domain.ReportBatch;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.web.UiErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An administrator makes every region's report of a period in one ZIP and follows its progress. */
@Controller
class ReportBatchPageController {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** A batch as the page shows it, its times in Jakarta's. */
    record BatchView(ReportBatch batch, String startedAt, String finishedAt, String download) {}

    private final ReportBatches batches;
    private final InstrumentApi instruments;
    private final UiErrors errors;

    ReportBatchPageController(ReportBatches batches, InstrumentApi instruments, UiErrors errors) {
        this.batches = batches;
        this.instruments = instruments;
        this.errors = errors;
    }

    @GetMapping("/admin/periode/{year}/laporan")
    String page(@PathVariable int year, Actor actor, Locale locale, Model model) {
        model.addAttribute("period", instruments.period(year));
        model.addAttribute(
                "view", batches.latest(year, actor).map(b -> view(b, locale)).orElse(null));
        return "report/batches";
    }

    @PostMapping("/admin/periode/{year}/laporan")
    String start(@PathVariable int year, Actor actor, Locale locale, Model model, HttpServletResponse response) {
        try {
            batches.start(year, actor);
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            return page(year, actor, locale, model);
        }
        return "redirect:/admin/periode/" + year + "/laporan";
    }

    /** The progress, polled by the page while the batch runs. */
    @GetMapping("/admin/periode/{year}/laporan/kemajuan")
    String progress(@PathVariable int year, @RequestParam String batch, Actor actor, Locale locale, Model model) {
        ReportBatch found = batches.get(ReportBatchApiController.uuid(batch), actor);
        if (found.year() != year) {
            throw new NotFound("reportBatch.notFound", "No report batch " + batch, batch);
        }
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("view", view(found, locale));
        return "report/batches :: progress";
    }

    private static BatchView view(ReportBatch b, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", locale);
        return new BatchView(
                b,
                time(b.startedAt(), format),
                time(b.finishedAt(), format),
                b.downloadable() ? ReportBatchApiController.zipPath(b.id()) : null);
    }

    private static String time(Instant instant, DateTimeFormatter format) {
        return instant == null ? null : format.format(instant.atZone(JAKARTA));
    }
}
