package id.kotacerdas.scoring.web;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.scoring.ImportNationalResults;
import id.kotacerdas.scoring.ImportReport;
import id.kotacerdas.scoring.SuggestionAcceptance;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.shared.web.UploadedFiles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's import of a published national table: upload, the report (imported, suggested,
 * rejected, mismatched), and confirmation of chosen suggestions.
 */
@Controller
class ImportAdminController {

    private final InstrumentApi instruments;
    private final ImportNationalResults importer;
    private final UiErrors errors;

    ImportAdminController(InstrumentApi instruments, ImportNationalResults importer, UiErrors errors) {
        this.instruments = instruments;
        this.importer = importer;
        this.errors = errors;
    }

    @GetMapping("/admin/periode/{year}/impor")
    String form(@PathVariable int year, Model model) {
        model.addAttribute("period", instruments.period(year));
        return "scoring/import";
    }

    @PostMapping("/admin/periode/{year}/impor")
    String upload(
            @PathVariable int year,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean acceptSuggestions,
            @RequestParam(required = false) String reason,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        try {
            byte[] content = UploadedFiles.bytes(file);
            ImportReport report = importer.importTable(
                    year,
                    content,
                    file == null ? null : file.getContentType(),
                    UploadedFiles.name(file),
                    acceptSuggestions ? SuggestionAcceptance.ALL : SuggestionAcceptance.NONE,
                    reason,
                    actor.username());
            return report(year, report, model);
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
            model.addAttribute("typedReason", reason);
            return form(year, model);
        }
    }

    @PostMapping("/admin/periode/{year}/impor/{importId}/konfirmasi")
    String confirm(
            @PathVariable int year,
            @PathVariable UUID importId,
            @RequestParam(value = "line", required = false) List<Integer> lines,
            Actor actor,
            Model model) {
        ImportReport report = importer.confirm(
                year, importId, lines == null ? new HashSet<>() : new HashSet<>(lines), actor.username());
        return report(year, report, model);
    }

    private String report(int year, ImportReport report, Model model) {
        model.addAttribute("period", instruments.period(year));
        model.addAttribute("report", report);
        return "scoring/import-report";
    }
}
