package id.kotacerdas.programme.web;

import id.kotacerdas.programme.AssignMentors;
import id.kotacerdas.programme.MentorAssignment;
import id.kotacerdas.programme.MentorInput;
import id.kotacerdas.programme.Milestones;
import id.kotacerdas.programme.MouDocument;
import id.kotacerdas.programme.MouDocuments;
import id.kotacerdas.programme.RegionMilestones;
import id.kotacerdas.programme.RegionProgramme;
import id.kotacerdas.programme.RegionProgrammes;
import id.kotacerdas.programme.domain.Milestone;
import id.kotacerdas.programme.domain.MilestonePlan;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A cohort region's mentors, milestones and signed MoU, and a region's programme (docs/api.md, section 14e). */
@ApiController("/api/v1")
@Tag(name = "Programme guidance", description = "Mentors, guidance sessions (bimtek), milestones, the signed MoU")
class ProgrammeGuidanceApiController {

    record MentorsBody(List<MentorInput> mentors) {}

    record MilestonesBody(List<MilestonePlan.Draft> milestones) {}

    record ReachedBody(LocalDate reachedOn, String note) {}

    private final AssignMentors mentors;
    private final Milestones milestones;
    private final MouDocuments documents;
    private final RegionProgrammes programmes;

    ProgrammeGuidanceApiController(
            AssignMentors mentors, Milestones milestones, MouDocuments documents, RegionProgrammes programmes) {
        this.mentors = mentors;
        this.milestones = milestones;
        this.documents = documents;
        this.programmes = programmes;
    }

    @PutMapping("/selections/{id}/regions/{code}/mentors")
    @Operation(
            summary = "Assign a cohort region's mentors: the list replaces the current one (ADMIN; audited)",
            description = "Body {\"mentors\":[{\"username\":\"...\",\"from\":\"2018-04-01\",\"to\":null}]}: enabled"
                    + " ASSESSOR accounts with an affiliation. Removed assignments stay as history. 400"
                    + " mentor.unknown, mentor.notAssessor, mentor.affiliation, mentor.twice, mentor.from, mentor.to,"
                    + " mentor.tooMany; 404 selection.notFound, selection.notSelected; 409 selection.notConfirmed.")
    @ProblemCodes(
            invalidInput = {
                "mentor.from",
                "mentor.notAssessor",
                "mentor.to",
                "mentor.tooMany",
                "mentor.twice",
                "mentor.unknown"
            },
            notFound = {"selection.notFound", "selection.notSelected"},
            conflict = "selection.notConfirmed")
    List<MentorAssignment> assign(
            @PathVariable long id, @PathVariable String code, @RequestBody MentorsBody body, Actor actor) {
        return mentors.replace(id, code, body.mentors(), actor);
    }

    @GetMapping("/selections/{id}/regions/{code}/mentors")
    @Operation(summary = "A cohort region's mentors, current first, then the removed ones (ADMIN)")
    @ProblemCodes(
            notFound = {"selection.notFound", "selection.notSelected"},
            conflict = "selection.notConfirmed")
    List<MentorAssignment> mentors(@PathVariable long id, @PathVariable String code, Actor actor) {
        return mentors.list(id, code, actor);
    }

    @GetMapping("/selections/{id}/milestones")
    @Operation(summary = "A cohort's milestones in order, the defaults until edited (ADMIN)")
    @ProblemCodes(notFound = "selection.notFound")
    List<Milestone> milestones(@PathVariable long id, Actor actor) {
        return milestones.list(id, actor);
    }

    @PutMapping("/selections/{id}/milestones")
    @Operation(
            summary = "Replace a cohort's milestones, numbered in the order sent (ADMIN; audited)",
            description = "Body {\"milestones\":[{\"name\":\"Bimtek I\",\"dueOn\":\"2018-05-31\"}, ...]}. 400"
                    + " milestone.list.empty, milestone.list.tooMany, milestone.name; 409 milestone.reached.")
    @ProblemCodes(
            invalidInput = {"milestone.list.empty", "milestone.list.tooMany", "milestone.name"},
            notFound = "selection.notFound",
            conflict = "milestone.reached")
    List<Milestone> changeMilestones(@PathVariable long id, @RequestBody MilestonesBody body, Actor actor) {
        return milestones.change(id, body.milestones(), actor);
    }

    @GetMapping("/selections/{id}/milestones/progress")
    @Operation(summary = "Every cohort region's milestones and progress, by region (ADMIN)")
    @ProblemCodes
    List<RegionMilestones> progress(@PathVariable long id, Actor actor) {
        return milestones.table(id, actor);
    }

    @PutMapping("/selections/{id}/regions/{code}/milestones/{no}")
    @Operation(
            summary = "Record the date a region reached a milestone (ADMIN or its mentor in the cohort; audited)",
            description = "Body {\"reachedOn\":\"2018-05-20\",\"note\":\"...\"}; reachedOn null clears it. → the"
                    + " region's milestones and progress. 400 milestone.reachedOn, milestone.note; 404"
                    + " milestone.notFound; 403 region.forbidden.")
    @ProblemCodes(
            invalidInput = {"milestone.note", "milestone.reachedOn"},
            notFound = {"milestone.notFound", "selection.notFound", "selection.notSelected"},
            conflict = "selection.notConfirmed")
    RegionMilestones reach(
            @PathVariable long id,
            @PathVariable String code,
            @PathVariable int no,
            @RequestBody ReachedBody body,
            Actor actor) {
        return milestones.reach(id, code, no, body.reachedOn(), body.note(), actor);
    }

    @PostMapping(value = "/selections/{id}/regions/{code}/mou/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload the signed MoU, a PDF: a new revision, the earlier ones kept (ADMIN; audited)",
            description = "Multipart `file`. 400 mou.document.pdf (not a PDF by its content), evidence.*.")
    @ProblemCodes(
            invalidInput = {
                "evidence.empty",
                "evidence.macros",
                "evidence.name.missing",
                "evidence.name.path",
                "evidence.tooLarge",
                "evidence.type",
                "mou.document.pdf"
            },
            notFound = {"selection.notFound", "selection.notSelected"},
            conflict = "selection.notConfirmed")
    ResponseEntity<MouDocument> uploadMou(
            @PathVariable long id, @PathVariable String code, @RequestParam("file") MultipartFile file, Actor actor)
            throws IOException {
        MouDocument saved = documents.upload(id, code, file.getOriginalFilename(), file.getBytes(), actor);
        return ResponseEntity.created(URI.create(
                        "/api/v1/selections/" + id + "/regions/" + code + "/mou/document?revision=" + saved.revision()))
                .body(saved);
    }

    @GetMapping("/selections/{id}/regions/{code}/mou/document")
    @Operation(
            summary = "Download the signed MoU, the latest revision or ?revision= (ADMIN, operator, mentor)",
            description = "404 mou.document.notFound.")
    @ProblemCodes(
            notFound = {"mou.document.notFound", "selection.notFound", "selection.notSelected"},
            conflict = "selection.notConfirmed")
    ResponseEntity<byte[]> mou(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) Integer revision,
            Actor actor) {
        MouDocuments.Download d = documents.download(id, code, revision, actor);
        return DownloadedFile.of("application/pdf", d.document().name(), d.content());
    }

    @GetMapping("/selections/{id}/regions/{code}/mou/document/revisions")
    @Operation(summary = "The signed MoU's revisions, the latest first (ADMIN, the region's operator, its mentor)")
    @ProblemCodes(
            notFound = {"selection.notFound", "selection.notSelected"},
            conflict = "selection.notConfirmed")
    List<MouDocument> mouRevisions(@PathVariable long id, @PathVariable String code, Actor actor) {
        return documents.revisions(id, code, actor);
    }

    @GetMapping("/regions/{code}/programme")
    @Operation(
            summary = "The region's programme: cohorts, MoU, mentors, milestones, sessions (ADMIN, operator, mentor)",
            description = "cohorts empty: the region is in no confirmed cohort.")
    @ProblemCodes(notFound = "region.notFound")
    RegionProgramme programme(@PathVariable String code, Actor actor) {
        return programmes.of(code, actor);
    }
}
