package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.ConsultationNoteView;
import id.kotacerdas.assessment.FindingView;
import id.kotacerdas.assessment.InterviewView;
import id.kotacerdas.assessment.ScheduleInterviews;
import id.kotacerdas.assessment.WriteFindings;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/periods/{year}/regions/{code}")
@Tag(name = "Interviews and findings", description = "Stage I notes, the interview session, assessors' findings")
class PanelRecordsApiController {

    @Schema(name = "InterviewScheduleRequest") // the API contract: another type of the API has its simple name
    record ScheduleRequest(OffsetDateTime scheduledAt, String meetingLink) {}

    record AttendanceRequest(boolean regionAttended, List<String> assessorsPresent) {}

    record NoteRequest(String note) {}

    record FindingRequest(String kind, String text) {}

    private final ScheduleInterviews interviews;
    private final WriteFindings findings;

    PanelRecordsApiController(ScheduleInterviews interviews, WriteFindings findings) {
        this.interviews = interviews;
        this.findings = findings;
    }

    @PutMapping("/interview")
    @Operation(summary = "Schedule the interview session: date-time and meeting link (ADMIN)")
    @ProblemCodes(
            invalidInput = {"interview.link", "interview.when"},
            notFound = {"period.notFound", "selfAssessment.notParticipant"},
            conflict = "period.closed")
    InterviewView schedule(
            @PathVariable int year, @PathVariable String code, @RequestBody ScheduleRequest body, Actor actor) {
        return interviews.schedule(year, code, body.scheduledAt(), body.meetingLink(), actor);
    }

    @PostMapping("/interview/attendance")
    @Operation(summary = "Record that the interview was held: did the region attend, which assessors (ADMIN)")
    @ProblemCodes(
            invalidInput = "interview.notOnPanel",
            notFound = {"interview.notFound", "period.notFound"},
            conflict = "period.closed")
    InterviewView attendance(
            @PathVariable int year, @PathVariable String code, @RequestBody AttendanceRequest body, Actor actor) {
        return interviews.recordAttendance(year, code, body.regionAttended(), body.assessorsPresent(), actor);
    }

    @GetMapping("/interview")
    @Operation(summary = "The region's interview session")
    @ProblemCodes(notFound = {"interview.notFound", "period.notFound"})
    InterviewView interview(@PathVariable int year, @PathVariable String code, Actor actor) {
        return interviews.interview(year, code, actor);
    }

    @PostMapping("/consultation-notes")
    @Operation(summary = "Add a stage I consultation note, without scores (ADMIN)")
    @ProblemCodes(
            invalidInput = "consultation.note.required",
            notFound = {"period.notFound", "selfAssessment.notParticipant"},
            conflict = "period.closed")
    ResponseEntity<ConsultationNoteView> addNote(
            @PathVariable int year, @PathVariable String code, @RequestBody NoteRequest body, Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED).body(interviews.addNote(year, code, body.note(), actor));
    }

    @GetMapping("/consultation-notes")
    @Operation(summary = "The stage I consultation notes")
    @ProblemCodes
    List<ConsultationNoteView> notes(@PathVariable int year, @PathVariable String code, Actor actor) {
        return interviews.notes(year, code, actor);
    }

    @PostMapping("/findings")
    @Operation(summary = "Add a finding: KEKUATAN, KELEMAHAN or REKOMENDASI (an assessor on the panel)")
    @ProblemCodes(
            invalidInput = {"finding.kind", "finding.text"},
            forbidden = "disclosure.notPublished",
            notFound = "period.notFound",
            conflict = "findings.notOpen")
    ResponseEntity<FindingView> addFinding(
            @PathVariable int year, @PathVariable String code, @RequestBody FindingRequest body, Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(findings.add(year, code, body.kind(), body.text(), actor));
    }

    @GetMapping("/findings")
    @Operation(summary = "The panel's findings, signed with name and affiliation")
    @ProblemCodes(forbidden = "disclosure.notPublished", notFound = "period.notFound")
    List<FindingView> findings(@PathVariable int year, @PathVariable String code, Actor actor) {
        return findings.findings(year, code, actor);
    }

    @DeleteMapping("/findings/{id}")
    @Operation(summary = "Remove one of one's own findings (while in ASSESSMENT)")
    @ProblemCodes(
            notFound = {"finding.notFound", "period.notFound"},
            conflict = "findings.notOpen")
    ResponseEntity<Void> removeFinding(
            @PathVariable int year, @PathVariable String code, @PathVariable long id, Actor actor) {
        findings.remove(year, code, id, actor);
        return ResponseEntity.noContent().build();
    }
}
