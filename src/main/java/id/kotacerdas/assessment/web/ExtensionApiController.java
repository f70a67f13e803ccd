package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.ExtendSelfAssessment;
import id.kotacerdas.assessment.SelfAssessmentExtension;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/periods/{year}/regions/{code}/self-assessment/extension")
@Tag(name = "Self-assessment", description = "A region's answers, evidence and submission (its OPERATOR; ADMIN reads)")
class ExtensionApiController {

    @Schema(name = "ExtensionRequest")
    record ExtensionRequest(OffsetDateTime until, String reason) {}

    private final ExtendSelfAssessment extensions;

    ExtensionApiController(ExtendSelfAssessment extensions) {
        this.extensions = extensions;
    }

    @PutMapping
    @Operation(
            summary = "Grant or change a region's self-assessment extension (ADMIN)",
            description = "A new deadline after the period's, with a reason, while the period is in SELF_ASSESSMENT or"
                    + " ASSESSMENT and the region has not submitted; until then its operator answers and submits.")
    @ProblemCodes(
            invalidInput = {"extension.reason", "extension.until.missing", "extension.until.notAfterDeadline"},
            notFound = {"period.notFound", "selfAssessment.notParticipant"},
            conflict = {"extension.stage", "extension.submitted"})
    SelfAssessmentExtension grant(
            @PathVariable int year, @PathVariable String code, @RequestBody ExtensionRequest body, Actor actor) {
        return extensions.grant(year, code, body.until(), body.reason(), actor);
    }

    @DeleteMapping
    @Operation(summary = "Withdraw a region's self-assessment extension (ADMIN): the period's deadline holds again")
    @ProblemCodes(notFound = {"period.notFound", "extension.notFound"})
    ResponseEntity<Void> withdraw(@PathVariable int year, @PathVariable String code, Actor actor) {
        extensions.withdraw(year, code, actor);
        return ResponseEntity.noContent().build();
    }
}
