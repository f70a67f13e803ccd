package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.FieldEvaluationPhotos;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.shared.web.UploadedFiles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The photos on the ministry's page of a field evaluation: a photo uploaded with its caption, a photo removed. Each
 * goes back to the page's photos; a refused upload shows the page again with the message next to its field and the
 * caption as typed.
 */
@Controller
class FieldEvaluationPhotoPageController {

    private static final String ONE = FieldEvaluationPage.ADMIN + "/{code}/{tahun}/{semester}";

    private final FieldEvaluationPhotos photos;
    private final FieldEvaluationPage page;
    private final UiErrors errors;

    FieldEvaluationPhotoPageController(FieldEvaluationPhotos photos, FieldEvaluationPage page, UiErrors errors) {
        this.photos = photos;
        this.page = page;
        this.errors = errors;
    }

    @PostMapping(ONE + "/foto")
    String upload(
            @PathVariable String code,
            @PathVariable int tahun,
            @PathVariable int semester,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String caption,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        try {
            photos.upload(code, tahun, semester, UploadedFiles.name(file), UploadedFiles.bytes(file), caption, actor);
            redirect.addFlashAttribute("photoAdded", true);
            return FieldEvaluationPage.redirect(code, tahun, semester) + "#photos";
        } catch (DomainException e) {
            errors.show(e, "photoError", model, response, locale);
            model.addAttribute("typedCaption", caption);
            return page.show(code, tahun, semester, actor, model);
        }
    }

    @PostMapping(ONE + "/foto/{photo}/hapus")
    String remove(
            @PathVariable String code,
            @PathVariable int tahun,
            @PathVariable int semester,
            @PathVariable UUID photo,
            Actor actor,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            photos.remove(code, tahun, semester, photo, actor);
            redirect.addFlashAttribute("photoRemoved", true);
            return FieldEvaluationPage.redirect(code, tahun, semester) + "#photos";
        } catch (DomainException e) {
            errors.show(e, "photoError", model, response, locale);
            return page.show(code, tahun, semester, actor, model);
        }
    }
}
