package id.kotacerdas.programme.web;

import id.kotacerdas.programme.GuidanceMaterial;
import id.kotacerdas.programme.GuidanceMaterials;
import id.kotacerdas.programme.GuidanceSessionInput;
import id.kotacerdas.programme.GuidanceSessionView;
import id.kotacerdas.programme.GuidanceSessions;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Guidance sessions (bimtek) and their materials (docs/api.md, section 14e). */
@ApiController("/api/v1/guidance-sessions")
@Tag(name = "Programme guidance", description = "Mentors, guidance sessions (bimtek), milestones, the signed MoU")
class GuidanceApiController {

    private final GuidanceSessions sessions;
    private final GuidanceMaterials materials;

    GuidanceApiController(GuidanceSessions sessions, GuidanceMaterials materials) {
        this.sessions = sessions;
        this.materials = materials;
    }

    @PostMapping
    @Operation(
            summary = "Record a guidance session for one or several regions (ADMIN or a mentor of each; audited)",
            description = "Body {\"heldOn\":\"2018-04-10\",\"topic\":\"...\",\"place\":\"...\",\"online\":false,"
                    + "\"facilitator\":\"...\",\"regions\":[{\"regionCode\":\"33.75\",\"attendees\":\"Name,"
                    + " position\\n...\",\"headcount\":null}]}. 400 guidance.regions.empty, guidance.region.twice,"
                    + " guidance.region.notInProgramme, guidance.attendance.missing, guidance.heldOn,"
                    + " guidance.topic, guidance.place, guidance.facilitator; 403 region.forbidden.")
    @ProblemCodes(
            invalidInput = {
                "guidance.attendance.missing",
                "guidance.attendees.tooLong",
                "guidance.facilitator",
                "guidance.headcount",
                "guidance.heldOn",
                "guidance.place",
                "guidance.region.missing",
                "guidance.region.notInProgramme",
                "guidance.region.twice",
                "guidance.regions.empty",
                "guidance.topic"
            },
            forbidden = "region.forbidden")
    ResponseEntity<GuidanceSessionView> record(@RequestBody GuidanceSessionInput body, Actor actor) {
        GuidanceSessionView saved = sessions.record(body, actor);
        return ResponseEntity.created(URI.create("/api/v1/guidance-sessions/" + saved.id()))
                .body(saved);
    }

    @GetMapping
    @Operation(
            summary = "The guidance sessions the caller may see, of a year or all, the latest first",
            description = "ADMIN: all; a mentor: those of the regions mentored; an operator: its region's, with its"
                    + " own attendance only.")
    @ProblemCodes(invalidInput = "guidance.year")
    List<GuidanceSessionView> list(@RequestParam(required = false) Integer year, Actor actor) {
        return sessions.list(year, actor);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A guidance session with its attendance and materials (404 guidance.notFound)")
    @ProblemCodes(forbidden = "region.forbidden", notFound = "guidance.notFound")
    GuidanceSessionView get(@PathVariable long id, Actor actor) {
        return sessions.get(id, actor);
    }

    @PostMapping(value = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Add a material file to a session (ADMIN or a mentor of a region attending; audited)",
            description = "Multipart `file`: PDF, PNG, JPEG or an office document without macros, at most 5 MB,"
                    + " recognised by its content. 400 evidence.*; 409 guidance.materials.quotaExceeded"
                    + " (kc.programme.session-materials-quota, 50 MB).")
    @ProblemCodes(
            invalidInput = {
                "evidence.empty",
                "evidence.macros",
                "evidence.name.missing",
                "evidence.name.path",
                "evidence.tooLarge",
                "evidence.type"
            },
            forbidden = "region.forbidden",
            notFound = "guidance.notFound",
            conflict = "guidance.materials.quotaExceeded")
    ResponseEntity<GuidanceMaterial> upload(
            @PathVariable long id, @RequestParam("file") MultipartFile file, Actor actor) throws IOException {
        GuidanceMaterial saved = materials.upload(id, file.getOriginalFilename(), file.getBytes(), actor);
        return ResponseEntity.created(URI.create("/api/v1/guidance-sessions/" + id + "/materials/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/{id}/materials/{file}")
    @Operation(summary = "Download a session's material (whoever may see the session; 404 guidance.material.notFound)")
    @ProblemCodes(
            forbidden = "region.forbidden",
            notFound = {"guidance.material.notFound", "guidance.notFound"})
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable UUID file, Actor actor) {
        GuidanceMaterials.Download d = materials.download(id, file, actor);
        return DownloadedFile.of(d.material().contentType(), d.material().name(), d.content());
    }
}
