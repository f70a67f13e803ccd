package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.RealisationEvidenceFiles;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.shared.web.UploadedFiles;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring page's evidence forms: a file uploaded for an item's realisation of the year or semester shown,
 * and a file removed. Each goes back to the item on the page; a refusal is shown there, under the item's upload
 * form.
 */
@Controller
class RealisationEvidencePageController {

    private final RealisationEvidenceFiles files;
    private final UiErrors errors;

    RealisationEvidencePageController(RealisationEvidenceFiles files, UiErrors errors) {
        this.files = files;
        this.errors = errors;
    }

    @PostMapping("/wilayah/masterplan/{id}/butir/{item}/bukti")
    String upload(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam int tahun,
            @RequestParam(required = false) Integer semester,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            files.upload(id, item, tahun, semester, UploadedFiles.name(file), UploadedFiles.bytes(file), actor);
            redirect.addFlashAttribute("evidenceAdded", item);
        } catch (DomainException e) {
            errors.flash(e, "evidenceError", redirect, locale);
            redirect.addFlashAttribute("evidenceItem", item);
        }
        return MonitoringForms.back(id, tahun, semester) + "#item-" + item;
    }

    /** {@code butir}: the item the file is shown under, only to put a refusal back next to it. */
    @PostMapping("/wilayah/masterplan/{id}/bukti/{file}/hapus")
    String remove(
            @PathVariable long id,
            @PathVariable UUID file,
            @RequestParam int tahun,
            @RequestParam(required = false) Integer semester,
            @RequestParam(required = false) Long butir,
            @RequestParam(required = false) String reason,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            files.remove(id, file, reason, actor);
            redirect.addFlashAttribute("evidenceRemoved", butir);
        } catch (DomainException e) {
            errors.flash(e, "evidenceError", redirect, locale);
            redirect.addFlashAttribute("evidenceItem", butir);
        }
        return MonitoringForms.back(id, tahun, semester) + (butir == null ? "" : "#item-" + butir);
    }
}
