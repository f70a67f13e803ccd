package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.FieldEvaluationPhoto;
import id.kotacerdas.monitoring.FieldEvaluationPhotos;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A field evaluation's photos: added and removed by the ministry (ADMIN), seen by it and the region's OPERATOR
 * (another region's operator: 403).
 */
@ApiController("/api/v1/regions/{code}/field-evaluations/{year}/{semester}/photos")
@Tag(name = "Field evaluations")
class FieldEvaluationPhotoApiController {

    private final FieldEvaluationPhotos photos;

    FieldEvaluationPhotoApiController(FieldEvaluationPhotos photos) {
        this.photos = photos;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Add a photo of the field evaluation with its caption (ADMIN; audited)",
            description = "Multipart: `file` (a JPEG or PNG image recognised by its content, at most 5 MB) and"
                    + " `caption` (at most 300 characters). 400 evidence.name.missing, evidence.name.path,"
                    + " evidence.empty, evidence.tooLarge, evidence.image (not a JPEG or PNG image),"
                    + " fieldEvaluation.text.missing, fieldEvaluation.text.tooLong (field caption); 404"
                    + " fieldEvaluation.notFound; 409 fieldEvaluation.photos.tooMany"
                    + " (kc.field-evaluation.photos.max-count, 30), fieldEvaluation.photos.quotaExceeded"
                    + " (kc.field-evaluation.photos.quota, 100 MB); 413 error.tooLarge.")
    @ProblemCodes(
            invalidInput = {
                "evidence.empty",
                "evidence.image",
                "evidence.name.missing",
                "evidence.name.path",
                "evidence.tooLarge",
                "fieldEvaluation.text.missing",
                "fieldEvaluation.text.tooLong"
            },
            notFound = {"fieldEvaluation.notFound", "region.notFound"},
            conflict = {"fieldEvaluation.photos.quotaExceeded", "fieldEvaluation.photos.tooMany"})
    ResponseEntity<FieldEvaluationPhoto> upload(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int semester,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String caption,
            Actor actor)
            throws IOException {
        FieldEvaluationPhoto saved =
                photos.upload(code, year, semester, file.getOriginalFilename(), file.getBytes(), caption, actor);
        return ResponseEntity.created(URI.create("/api/v1/regions/" + code + "/field-evaluations/" + year + "/"
                        + semester + "/photos/" + saved.id()))
                .body(saved);
    }

    @GetMapping
    @Operation(
            summary = "The field evaluation's photos in the order they came (ADMIN or the region's OPERATOR)",
            description = "Each with its caption, original name, detected type, size, who uploaded it and when.")
    @ProblemCodes(
            invalidInput = "fieldEvaluation.semester.invalid",
            notFound = {"fieldEvaluation.notFound", "region.notFound"})
    List<FieldEvaluationPhoto> list(
            @PathVariable String code, @PathVariable int year, @PathVariable int semester, Actor actor) {
        return photos.list(code, year, semester, actor);
    }

    @GetMapping("/{photoId}")
    @Operation(
            summary = "A photo of the field evaluation, the image itself (ADMIN or the region's OPERATOR)",
            description = "Served inline with the type detected at upload (image/jpeg or image/png) and"
                    + " X-Content-Type-Options: nosniff, never cached. 404 fieldEvaluation.photo.notFound, also for"
                    + " another evaluation's photo.")
    @ProblemCodes(
            invalidInput = "fieldEvaluation.semester.invalid",
            notFound = {"fieldEvaluation.notFound", "fieldEvaluation.photo.notFound", "region.notFound"})
    ResponseEntity<byte[]> image(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int semester,
            @PathVariable UUID photoId,
            Actor actor) {
        FieldEvaluationPhotos.Download photo = photos.download(code, year, semester, photoId, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.photo().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(photo.photo().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(photo.content());
    }

    @DeleteMapping("/{photoId}")
    @Operation(
            summary = "Remove a photo of the field evaluation and its content (ADMIN; audited)",
            description = "404 fieldEvaluation.photo.notFound.")
    @ProblemCodes(notFound = {"fieldEvaluation.notFound", "fieldEvaluation.photo.notFound", "region.notFound"})
    ResponseEntity<Void> remove(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int semester,
            @PathVariable UUID photoId,
            Actor actor) {
        photos.remove(code, year, semester, photoId, actor);
        return ResponseEntity.noContent().build();
    }
}
