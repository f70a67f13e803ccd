package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.RealisationEvidence;
import id.kotacerdas.monitoring.RealisationEvidenceFiles;
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

/** Evidence files on an item's realisation (ADMIN or the masterplan region's OPERATOR; 404 for another region's). */
@ApiController("/api/v1/masterplans/{id}")
@Tag(name = "Masterplan monitoring")
class RealisationEvidenceApiController {

    private final RealisationEvidenceFiles files;

    RealisationEvidenceApiController(RealisationEvidenceFiles files) {
        this.files = files;
    }

    @PostMapping(value = "/items/{itemId}/realisations/{year}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach an evidence file to an item's realisation of a year or semester (audited)",
            description = "Multipart: `file` (PDF, PNG, JPEG or an office document without macros, at most 5 MB,"
                    + " recognised by its content), optional `semester` (1, 2; none: the whole year). Also once the"
                    + " period's report is saved. 400 evidence.name.missing, evidence.name.path, evidence.empty,"
                    + " evidence.tooLarge, evidence.type, evidence.macros, masterplan.target.outside,"
                    + " masterplan.semester.invalid; 404 masterplan.item.notFound; 409"
                    + " masterplan.evidence.quotaExceeded (kc.evidence.masterplan-quota); 413 error.tooLarge.")
    @ProblemCodes(
            invalidInput = {
                "evidence.empty",
                "evidence.macros",
                "evidence.name.missing",
                "evidence.name.path",
                "evidence.tooLarge",
                "evidence.type",
                "masterplan.semester.invalid",
                "masterplan.target.outside"
            },
            forbidden = "region.forbidden",
            notFound = {"masterplan.item.notFound", "masterplan.notFound"},
            conflict = "masterplan.evidence.quotaExceeded")
    ResponseEntity<RealisationEvidence> upload(
            @PathVariable long id,
            @PathVariable long itemId,
            @PathVariable int year,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Integer semester,
            Actor actor)
            throws IOException {
        RealisationEvidence saved =
                files.upload(id, itemId, year, semester, file.getOriginalFilename(), file.getBytes(), actor);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/evidence/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/items/{itemId}/realisations/{year}/evidence")
    @Operation(
            summary = "An item's evidence files of a year: all of them, or with ?semester= that semester's",
            description = "Each with its semester (null: the whole year's), name, detected type, size, who"
                    + " uploaded it and when.")
    @ProblemCodes(
            invalidInput = {"masterplan.semester.invalid", "masterplan.target.outside"},
            forbidden = "region.forbidden",
            notFound = {"masterplan.item.notFound", "masterplan.notFound"})
    List<RealisationEvidence> list(
            @PathVariable long id,
            @PathVariable long itemId,
            @PathVariable int year,
            @RequestParam(required = false) Integer semester,
            Actor actor) {
        return files.list(id, itemId, year, semester, actor);
    }

    @GetMapping("/evidence/{evidenceId}")
    @Operation(
            summary = "Download a realisation's evidence file (always as an attachment)",
            description = "Served with the type detected at upload and X-Content-Type-Options: nosniff. 404"
                    + " evidence.notFound, also for another masterplan's file.")
    @ProblemCodes(
            forbidden = "region.forbidden",
            notFound = {"evidence.notFound", "masterplan.notFound"})
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable UUID evidenceId, Actor actor) {
        RealisationEvidenceFiles.Download file = files.download(id, evidenceId, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.evidence().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.evidence().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    @DeleteMapping("/evidence/{evidenceId}")
    @Operation(
            summary = "Remove a realisation's evidence file and its content (audited)",
            description = "Once the report of the file's period (its semester's or its year's) is saved, only with"
                    + " ?reason=...: 409 masterplan.evidence.reported without one. 404 evidence.notFound.")
    @ProblemCodes(
            invalidInput = "masterplan.field.invalid",
            forbidden = "region.forbidden",
            notFound = {"evidence.notFound", "masterplan.notFound"},
            conflict = "masterplan.evidence.reported")
    ResponseEntity<Void> remove(
            @PathVariable long id,
            @PathVariable UUID evidenceId,
            @RequestParam(required = false) String reason,
            Actor actor) {
        files.remove(id, evidenceId, reason, actor);
        return ResponseEntity.noContent().build();
    }
}
