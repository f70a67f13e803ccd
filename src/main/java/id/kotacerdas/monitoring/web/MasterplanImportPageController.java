package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.ImportMasterplanItems;
import id.kotacerdas.monitoring.Masterplans;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.shared.web.UploadedFiles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The operator's import of a masterplan's workbook: the template to download, the upload, and what was imported
 * and refused, row by row. The masterplan's region decides who may (ADMIN or its OPERATOR), as on the API.
 */
@Controller
class MasterplanImportPageController {

    private final Masterplans masterplans;
    private final ImportMasterplanItems importer;
    private final MessageSource messages;
    private final UiErrors errors;

    MasterplanImportPageController(
            Masterplans masterplans, ImportMasterplanItems importer, MessageSource messages, UiErrors errors) {
        this.masterplans = masterplans;
        this.importer = importer;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping("/wilayah/masterplan/{id}/impor")
    String form(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("plan", masterplans.get(id, actor));
        return "monitoring/import";
    }

    @PostMapping("/wilayah/masterplan/{id}/impor")
    String upload(
            @PathVariable long id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validRowsOnly,
            @RequestParam(required = false) String reason,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        model.addAttribute("validRowsOnly", validRowsOnly);
        model.addAttribute("typedReason", reason);
        try {
            byte[] content = UploadedFiles.bytes(file);
            model.addAttribute(
                    "result",
                    ImportAnswer.of(
                            importer.importWorkbook(id, content, validRowsOnly, reason, actor), messages, locale));
        } catch (DomainException e) {
            errors.show(e, model, response, locale);
        }
        return form(id, actor, model);
    }
}
