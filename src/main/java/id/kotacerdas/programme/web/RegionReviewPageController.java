package id.kotacerdas.programme.web;

import id.kotacerdas.programme.MasterplanDocument;
import id.kotacerdas.programme.MasterplanDocuments;
import id.kotacerdas.programme.MasterplanReviews;
import id.kotacerdas.programme.RegionReview;
import id.kotacerdas.programme.ReviewView;
import id.kotacerdas.programme.domain.DocumentKind;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.web.UiErrors;
import id.kotacerdas.shared.web.UploadedFiles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The region's page of its masterplan review (its operator; administrators too): per cohort it was selected in,
 * the form to upload the masterplan document or the quick-win programme with every revision kept, and the review's
 * state: under review, or once published the score, how it was computed and the reviewers' comments.
 */
@Controller
class RegionReviewPageController {

    private final MasterplanReviews reviews;
    private final MasterplanDocuments documents;
    private final RegionApi regions;
    private final MessageSource messages;
    private final UiErrors errors;

    RegionReviewPageController(
            MasterplanReviews reviews,
            MasterplanDocuments documents,
            RegionApi regions,
            MessageSource messages,
            UiErrors errors) {
        this.reviews = reviews;
        this.documents = documents;
        this.regions = regions;
        this.messages = messages;
        this.errors = errors;
    }

    /** A cohort of the region on the page: its line, review and documents. */
    record Cohort(RegionReview line, ReviewView review, List<MasterplanDocument> documents) {}

    @GetMapping("/wilayah/{code}/masterplan-review")
    String page(@PathVariable String code, Actor actor, Model model) {
        List<RegionReview> lines = reviews.ofRegion(code, actor);
        Map<Long, Cohort> cohorts = new LinkedHashMap<>();
        for (int i = lines.size() - 1; i >= 0; i--) { // the newest cohort first
            RegionReview line = lines.get(i);
            cohorts.put(
                    line.selectionId(),
                    new Cohort(
                            line,
                            reviews.review(line.selectionId(), code, actor),
                            documents.history(line.selectionId(), code, actor)));
        }
        model.addAttribute("region", regions.get(code));
        model.addAttribute("cohorts", cohorts.values());
        model.addAttribute("kinds", DocumentKind.values());
        return "programme/review-region";
    }

    @PostMapping("/wilayah/{code}/masterplan-review/{id}/dokumen")
    String upload(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String kind,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        try {
            MasterplanDocument saved =
                    documents.upload(id, code, kind, UploadedFiles.name(file), UploadedFiles.bytes(file), actor);
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "review.document.uploaded",
                            new Object[] {
                                messages.getMessage("review.document.kind." + saved.kind(), null, locale),
                                saved.revision()
                            },
                            locale));
            return "redirect:/wilayah/" + code + "/masterplan-review#cohort-" + id;
        } catch (DomainException e) {
            errors.show(e, "uploadError", model, response, locale);
            model.addAttribute("uploadFor", id);
            return page(code, actor, model);
        }
    }
}
