package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.AnswerQuestions;
import id.kotacerdas.assessment.AnswerView;
import id.kotacerdas.assessment.EvidenceFiles;
import id.kotacerdas.assessment.EvidenceView;
import id.kotacerdas.assessment.SelfAssessmentProgress;
import id.kotacerdas.assessment.SubmitSelfAssessment;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController("/api/v1/periods/{year}/regions/{code}")
@Tag(name = "Self-assessment", description = "A region's answers, evidence and submission (its OPERATOR; ADMIN reads)")
class SelfAssessmentApiController {

    record AnswerRequest(Integer level, String justification, Integer version) {}

    record ReopenRequest(String reason) {}

    private final AnswerQuestions answers;
    private final EvidenceFiles evidence;
    private final SubmitSelfAssessment submissions;

    SelfAssessmentApiController(AnswerQuestions answers, EvidenceFiles evidence, SubmitSelfAssessment submissions) {
        this.answers = answers;
        this.evidence = evidence;
        this.submissions = submissions;
    }

    @PutMapping("/answers/{no}")
    @Operation(
            summary = "Save the proposed level (1-4) and justification of a question",
            description = "Send the version you read (0 for a new answer): a stale version gets 409 with"
                    + " currentVersion. Only while the self-assessment is open and not submitted.")
    @ProblemCodes(
            invalidInput = {"answer.justification.tooLong", "answer.level"},
            notFound = {"period.notFound", "question.notFound", "selfAssessment.notParticipant"},
            conflict = {
                "answer.stale",
                "selfAssessment.deadlinePassed",
                "selfAssessment.notOpen",
                "selfAssessment.notYetOpen",
                "selfAssessment.submitted"
            })
    AnswerView answer(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable int no,
            @RequestBody AnswerRequest body,
            Actor actor) {
        return answers.answer(year, code, no, body.level(), body.justification(), body.version(), actor);
    }

    @GetMapping("/answers")
    @Operation(summary = "The region's answers")
    @ProblemCodes(notFound = {"period.notFound", "selfAssessment.notParticipant"})
    List<AnswerView> answers(@PathVariable int year, @PathVariable String code, Actor actor) {
        return answers.answers(year, code, actor);
    }

    @GetMapping("/self-assessment")
    @Operation(summary = "Progress: answered questions per dimension, unanswered ones, submission")
    @ProblemCodes(notFound = {"period.notFound", "selfAssessment.notParticipant"})
    SelfAssessmentProgress progress(@PathVariable int year, @PathVariable String code, Actor actor) {
        return submissions.progress(year, code, actor);
    }

    @PostMapping(value = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach an evidence file (PDF, PNG, JPEG, office document; at most 5 MB) to a question")
    @ProblemCodes(
            invalidInput = {
                "evidence.empty",
                "evidence.macros",
                "evidence.name.missing",
                "evidence.name.path",
                "evidence.tooLarge",
                "evidence.type"
            },
            notFound = {"period.notFound", "question.notFound", "selfAssessment.notParticipant"},
            conflict = {
                "evidence.quotaExceeded",
                "selfAssessment.deadlinePassed",
                "selfAssessment.notOpen",
                "selfAssessment.notYetOpen",
                "selfAssessment.submitted"
            })
    ResponseEntity<EvidenceView> upload(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam("file") MultipartFile file,
            @RequestParam int questionNo,
            Actor actor)
            throws IOException {
        EvidenceView saved =
                evidence.upload(year, code, questionNo, file.getOriginalFilename(), file.getBytes(), actor);
        return ResponseEntity.created(
                        URI.create("/api/v1/periods/" + year + "/regions/" + code + "/evidence/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/evidence")
    @Operation(summary = "The region's evidence files")
    @ProblemCodes
    List<EvidenceView> evidence(@PathVariable int year, @PathVariable String code, Actor actor) {
        return evidence.list(year, code, actor);
    }

    @GetMapping("/evidence/{id}")
    @Operation(summary = "Download an evidence file (always as an attachment)")
    @ProblemCodes(notFound = "evidence.notFound")
    ResponseEntity<byte[]> download(
            @PathVariable int year, @PathVariable String code, @PathVariable UUID id, Actor actor) {
        EvidenceFiles.Download file = evidence.download(year, code, id, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.evidence().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.evidence().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/submission")
    @Operation(summary = "Submit the self-assessment; 409 listing unanswered questions, or after the deadline")
    @ProblemCodes(
            notFound = {"period.notFound", "selfAssessment.notParticipant"},
            conflict = {
                "selfAssessment.deadlinePassed",
                "selfAssessment.notOpen",
                "selfAssessment.notYetOpen",
                "selfAssessment.submitted",
                "selfAssessment.unanswered"
            })
    SelfAssessmentProgress submit(@PathVariable int year, @PathVariable String code, Actor actor) {
        return submissions.submit(year, code, actor);
    }

    @PostMapping("/submission/reopen")
    @Operation(summary = "Reopen a submitted self-assessment, with a reason (ADMIN)")
    @ProblemCodes(
            invalidInput = "selfAssessment.reopen.reason",
            notFound = "period.notFound",
            conflict = "selfAssessment.notSubmitted")
    SelfAssessmentProgress reopen(
            @PathVariable int year, @PathVariable String code, @RequestBody ReopenRequest body, Actor actor) {
        return submissions.reopen(year, code, body.reason(), actor);
    }
}
