package id.kotacerdas.programme.web;

import id.kotacerdas.programme.AssignedReview;
import id.kotacerdas.programme.MasterplanDocument;
import id.kotacerdas.programme.MasterplanDocuments;
import id.kotacerdas.programme.MasterplanReviews;
import id.kotacerdas.programme.MasterplanRubrics;
import id.kotacerdas.programme.RegionReview;
import id.kotacerdas.programme.ReviewProgress;
import id.kotacerdas.programme.ReviewView;
import id.kotacerdas.programme.RubricView;
import id.kotacerdas.programme.domain.RubricCriterion;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The masterplan review of a confirmed cohort (docs/api.md, section 14f). */
@ApiController("/api/v1")
@Tag(
        name = "Masterplan review",
        description = "A cohort's rubric, the regions' masterplan documents, reviewers, scores and publication")
class MasterplanReviewApiController {

    private static final String REGION = "/selections/{id}/regions/{code}";

    record CriterionBody(String code, String name, BigDecimal weight) {}

    record RubricBody(List<CriterionBody> criteria) {
        List<RubricCriterion> criteriaSent() {
            return criteria == null
                    ? List.of()
                    : criteria.stream()
                            .map(c -> c == null ? null : new RubricCriterion(c.code(), c.name(), c.weight()))
                            .toList();
        }
    }

    record ReasonBody(String reason) {}

    private final MasterplanRubrics rubrics;
    private final MasterplanDocuments documents;
    private final MasterplanReviews reviews;

    MasterplanReviewApiController(MasterplanRubrics rubrics, MasterplanDocuments documents, MasterplanReviews reviews) {
        this.rubrics = rubrics;
        this.documents = documents;
        this.reviews = reviews;
    }

    @GetMapping("/selections/{id}/rubric")
    @Operation(
            summary = "A confirmed cohort's masterplan rubric (ADMIN)",
            description = "{\"criteria\":[{\"code\":\"RPJMD\",\"name\":\"...\",\"weight\":1,\"share\":0.166667}, ...],"
                    + " \"totalWeight\":6,\"frozen\":false}. A criterion counts weight / totalWeight (normalised)."
                    + " 409 selection.notConfirmed.")
    @ProblemCodes(notFound = "selection.notFound", conflict = "selection.notConfirmed")
    RubricView rubric(@PathVariable long id, Actor actor) {
        return rubrics.get(id, actor);
    }

    @PutMapping("/selections/{id}/rubric")
    @Operation(
            summary = "Replace a cohort's rubric (ADMIN; audited) until the first score is saved",
            description = "Body {\"criteria\":[{\"code\":\"RPJMD\",\"name\":\"Keselarasan dengan RPJMD\","
                    + "\"weight\":20}, ...]}: 1 to 20 criteria; codes A-Z, 0-9 and _ (upper-cased), unique; names up"
                    + " to 200 characters; weights above 0, at most 100, at most 4 decimals, normalised (they need not"
                    + " sum to 1). 400 review.rubric.empty, .tooMany, .code, .duplicate, .name, .weight; 409"
                    + " selection.notConfirmed, review.rubric.frozen (a reviewer has saved a score in the cohort).")
    @ProblemCodes(
            invalidInput = {
                "review.rubric.code",
                "review.rubric.duplicate",
                "review.rubric.empty",
                "review.rubric.name",
                "review.rubric.tooMany",
                "review.rubric.weight"
            },
            notFound = "selection.notFound",
            conflict = {"review.rubric.frozen", "selection.notConfirmed"})
    RubricView changeRubric(@PathVariable long id, @RequestBody RubricBody body, Actor actor) {
        return rubrics.change(id, body == null ? List.of() : body.criteriaSent(), actor);
    }

    @GetMapping("/selections/{id}/reviews")
    @Operation(
            summary = "Every region of a cohort in its masterplan review (ADMIN)",
            description = "Per region: the latest masterplan and quick-win revisions, the reviewers, how many"
                    + " submitted, the score of the submitted sheets (published or not) and the publication.")
    @ProblemCodes(notFound = "selection.notFound", conflict = "selection.notConfirmed")
    List<ReviewProgress> progress(@PathVariable long id, Actor actor) {
        return reviews.progress(id, actor);
    }

    @PostMapping(value = REGION + "/masterplan-documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a revision of the masterplan document or the quick-win programme (ADMIN or the"
                    + " region's OPERATOR; audited)",
            description = "Multipart: `file`, `kind` MASTERPLAN (a PDF only) or QUICK_WIN (a PDF or an office"
                    + " document without macros); at most 5 MB, the type recognised by its content. Every upload is a"
                    + " new revision (1, 2, ...), all kept; the latest is reviewed. 201 with the revision. 400"
                    + " review.document.kind, review.document.notPdf, review.document.quickWinType,"
                    + " evidence.name.missing, evidence.name.path, evidence.empty, evidence.tooLarge, evidence.type,"
                    + " evidence.macros; 403 region.forbidden; 404 selection.notFound, selection.notSelected; 409"
                    + " selection.notConfirmed, review.published; 413 error.tooLarge.")
    @ProblemCodes(
            invalidInput = {
                "evidence.empty",
                "evidence.macros",
                "evidence.name.missing",
                "evidence.name.path",
                "evidence.tooLarge",
                "evidence.type",
                "review.document.kind",
                "review.document.notPdf",
                "review.document.quickWinType"
            },
            notFound = {"selection.notFound", "selection.notSelected"},
            conflict = {"review.published", "selection.notConfirmed"})
    ResponseEntity<MasterplanDocument> upload(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String kind,
            Actor actor)
            throws IOException {
        MasterplanDocument saved = documents.upload(id, code, kind, file.getOriginalFilename(), file.getBytes(), actor);
        return ResponseEntity.created(URI.create(
                        "/api/v1/selections/" + id + "/regions/" + code + "/masterplan-documents/" + saved.id()))
                .body(saved);
    }

    @GetMapping(REGION + "/masterplan-documents")
    @Operation(
            summary = "Every revision of a region's masterplan documents (ADMIN, the region's OPERATOR, its"
                    + " reviewers)",
            description = "Masterplans first, the newest revision first; each with who uploaded it, when, its size,"
                    + " SHA-256 and whether it is the latest (reviewed) one.")
    @ProblemCodes(
            notFound = {"selection.notFound", "selection.notSelected"},
            conflict = "selection.notConfirmed")
    List<MasterplanDocument> history(@PathVariable long id, @PathVariable String code, Actor actor) {
        return documents.history(id, code, actor);
    }

    @GetMapping(REGION + "/masterplan-documents/{documentId}")
    @Operation(
            summary = "Download a revision (ADMIN, the region's OPERATOR, its reviewers; always as an attachment)",
            description = "Served with the type detected at upload and X-Content-Type-Options: nosniff. 404"
                    + " review.document.notFound, also for another region's document.")
    @ProblemCodes(
            notFound = {"review.document.notFound", "selection.notFound", "selection.notSelected"},
            conflict = "selection.notConfirmed")
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable String code, @PathVariable UUID documentId, Actor actor) {
        MasterplanDocuments.Download file = documents.download(id, code, documentId, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.document().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.document().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    @PutMapping(REGION + "/reviewers")
    @Operation(
            summary = "Set the reviewers of a region's masterplan (ADMIN; audited)",
            description = "Body [\"username\", ...]: enabled ASSESSOR accounts, at most 20. A reviewer left out"
                    + " loses their draft scores; one who submitted cannot be left out (reopen first). 400"
                    + " review.reviewer.notAssessor, review.reviewer.tooMany; 404 selection.notSelected; 409"
                    + " review.reviewer.submitted, review.published.")
    @ProblemCodes(
            invalidInput = {"review.reviewer.notAssessor", "review.reviewer.tooMany"},
            notFound = {"selection.notFound", "selection.notSelected"},
            conflict = {"review.published", "review.reviewer.submitted", "selection.notConfirmed"})
    List<String> assign(
            @PathVariable long id,
            @PathVariable String code,
            @RequestBody(required = false) List<String> body,
            Actor actor) {
        return reviews.assignReviewers(id, code, body, actor);
    }

    @GetMapping(REGION + "/review")
    @Operation(
            summary = "A region's masterplan review: the score and its explanation, as the caller may see it",
            description = "ADMIN: everything, reviewers named, drafts included (they do not count). A reviewer of the"
                    + " region: their own sheet (`mine`); once submitted, also the other submitted sheets, the score"
                    + " and the explanation. The region's OPERATOR: before publication only {\"status\":"
                    + "\"UNDER_REVIEW\"}; once published the score, the explanation and the submitted sheets with"
                    + " their comments, reviewers known by number only. score = Σ weight × mean / Σ weights over the"
                    + " criteria, each mean that of the submitted sheets, rounded half up to 2 decimals once."
                    + " 403 region.forbidden for anyone else.")
    @ProblemCodes(
            notFound = {"selection.notFound", "selection.notSelected"},
            conflict = "selection.notConfirmed")
    ReviewView review(@PathVariable long id, @PathVariable String code, Actor actor) {
        return reviews.review(id, code, actor);
    }

    @PutMapping(REGION + "/review/scores")
    @Operation(
            summary = "Save the caller's scores of some or all criteria (an assigned reviewer; audited)",
            description = "Body {\"RPJMD\":{\"score\":3,\"comment\":\"...\"}, ...}: each score 1..4, the comment"
                    + " optional (at most 4000 characters); a criterion saved again is replaced. The first score of"
                    + " the cohort freezes its rubric. 400 review.scores.empty, review.criterion.unknown,"
                    + " review.score.range, review.comment.tooLong; 403 region.forbidden (not a reviewer of the"
                    + " region, administrators included); 409 review.submitted, review.published.")
    @ProblemCodes(
            invalidInput = {
                "review.comment.tooLong",
                "review.criterion.unknown",
                "review.score.range",
                "review.scores.empty"
            },
            notFound = {"review.reviewer.notFound", "selection.notFound", "selection.notSelected"},
            conflict = {"review.published", "review.submitted", "selection.notConfirmed"})
    ReviewView scores(
            @PathVariable long id,
            @PathVariable String code,
            @RequestBody(required = false) Map<String, MasterplanReviews.ScoreInput> body,
            Actor actor) {
        return reviews.saveScores(id, code, body, actor);
    }

    @PostMapping(REGION + "/review/submission")
    @Operation(
            summary = "Submit the caller's review (an assigned reviewer; audited): then it is locked and counts",
            description = "Every criterion scored, and the region's masterplan document uploaded (its latest"
                    + " revision is noted as the one reviewed). 409 review.incomplete, review.noDocument,"
                    + " review.submitted, review.published.")
    @ProblemCodes(
            notFound = {"review.reviewer.notFound", "selection.notFound", "selection.notSelected"},
            conflict = {
                "review.incomplete",
                "review.noDocument",
                "review.published",
                "review.submitted",
                "selection.notConfirmed"
            })
    ReviewView submit(@PathVariable long id, @PathVariable String code, Actor actor) {
        return reviews.submit(id, code, actor);
    }

    @PostMapping(REGION + "/review/reviewers/{reviewer}/reopen")
    @Operation(
            summary = "Reopen a reviewer's submitted review (ADMIN; audited with the reason)",
            description = "Body {\"reason\":\"...\"}. The sheet no longer counts until submitted again. 400"
                    + " review.reason; 404 review.reviewer.notFound; 409 review.notSubmitted, review.published.")
    @ProblemCodes(
            invalidInput = "review.reason",
            notFound = {"review.reviewer.notFound", "selection.notFound", "selection.notSelected"},
            conflict = {"review.notSubmitted", "review.published", "selection.notConfirmed"})
    ReviewView reopen(
            @PathVariable long id,
            @PathVariable String code,
            @PathVariable String reviewer,
            @RequestBody(required = false) ReasonBody body,
            Actor actor) {
        return reviews.reopen(id, code, reviewer, body == null ? null : body.reason(), actor);
    }

    @PostMapping(REGION + "/review/publication")
    @Operation(
            summary = "Publish a region's masterplan score (ADMIN; audited)",
            description = "From then on the region's operator sees the score and the comments, and nothing of the"
                    + " review changes (uploads, reviewers, scores, reopening: 409 review.published). 409"
                    + " review.noSubmitted when no review is submitted.")
    @ProblemCodes(
            notFound = {"selection.notFound", "selection.notSelected"},
            conflict = {"review.noSubmitted", "review.published", "selection.notConfirmed"})
    ReviewView publish(@PathVariable long id, @PathVariable String code, Actor actor) {
        return reviews.publish(id, code, actor);
    }

    @GetMapping("/masterplan-reviews")
    @Operation(
            summary = "The regions whose masterplan the caller reviews (an ASSESSOR; empty for other accounts)",
            description = "The newest cohort first; each with the latest masterplan revision, whether the caller"
                    + " submitted and whether the review is published.")
    @ProblemCodes
    List<AssignedReview> assigned(Actor actor) {
        return reviews.assigned(actor);
    }

    @GetMapping("/regions/{code}/masterplan-reviews")
    @Operation(
            summary = "The cohorts a region was selected in, with its masterplan review's state (ADMIN or the"
                    + " region's OPERATOR)",
            description = "Each with the latest revisions uploaded, UNDER_REVIEW or PUBLISHED, and the score once"
                    + " published.")
    @ProblemCodes(notFound = "region.notFound")
    List<RegionReview> ofRegion(@PathVariable String code, Actor actor) {
        return reviews.ofRegion(code, actor);
    }
}
