package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.ConsultationNoteView;
import id.kotacerdas.assessment.FindingView;
import id.kotacerdas.assessment.InterviewView;
import id.kotacerdas.assessment.ScheduleInterviews;
import id.kotacerdas.assessment.WriteFindings;
import id.kotacerdas.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
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
    InterviewView schedule(
            @PathVariable int year, @PathVariable String code, @RequestBody ScheduleRequest body, Principal user) {
        return interviews.schedule(year, code, body.scheduledAt(), body.meetingLink(), user.getName());
    }

    @PostMapping("/interview/attendance")
    @Operation(summary = "Record that the interview was held: did the region attend, which assessors (ADMIN)")
    InterviewView attendance(
            @PathVariable int year, @PathVariable String code, @RequestBody AttendanceRequest body, Principal user) {
        return interviews.recordAttendance(year, code, body.regionAttended(), body.assessorsPresent(), user.getName());
    }

    @GetMapping("/interview")
    @Operation(summary = "The region's interview session")
    InterviewView interview(@PathVariable int year, @PathVariable String code, Principal user) {
        return interviews.interview(year, code, user.getName());
    }

    @PostMapping("/consultation-notes")
    @Operation(summary = "Add a stage I consultation note, without scores (ADMIN)")
    ResponseEntity<ConsultationNoteView> addNote(
            @PathVariable int year, @PathVariable String code, @RequestBody NoteRequest body, Principal user) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(interviews.addNote(year, code, body.note(), user.getName()));
    }

    @GetMapping("/consultation-notes")
    @Operation(summary = "The stage I consultation notes")
    List<ConsultationNoteView> notes(@PathVariable int year, @PathVariable String code, Principal user) {
        return interviews.notes(year, code, user.getName());
    }

    @PostMapping("/findings")
    @Operation(summary = "Add a finding: KEKUATAN, KELEMAHAN or REKOMENDASI (an assessor on the panel)")
    ResponseEntity<FindingView> addFinding(
            @PathVariable int year, @PathVariable String code, @RequestBody FindingRequest body, Principal user) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(findings.add(year, code, body.kind(), body.text(), user.getName()));
    }

    @GetMapping("/findings")
    @Operation(summary = "The panel's findings, signed with name and affiliation")
    List<FindingView> findings(@PathVariable int year, @PathVariable String code, Principal user) {
        return findings.findings(year, code, user.getName());
    }

    @DeleteMapping("/findings/{id}")
    @Operation(summary = "Remove one of one's own findings (while in ASSESSMENT)")
    ResponseEntity<Void> removeFinding(
            @PathVariable int year, @PathVariable String code, @PathVariable long id, Principal user) {
        findings.remove(year, code, id, user.getName());
        return ResponseEntity.noContent().build();
    }
}
