package id.kotacerdas.assessment.web;

import id.kotacerdas.assessment.AssessorScoreView;
import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.PanelScores;
import id.kotacerdas.assessment.ReopenScoring;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.assessment.ScoringReopened;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/periods/{year}/regions/{code}")
@Tag(name = "Assessor panels", description = "Panel assignment (ADMIN) and blind scoring (assigned ASSESSOR)")
class PanelApiController {

    record ScoreRequest(Integer score, String note, String reason, Integer version) {}

    record ReopenRequest(String reason) {}

    private final AssignPanel panels;
    private final ScoreQuestions scores;

    private final ReopenScoring reopening;

    PanelApiController(AssignPanel panels, ScoreQuestions scores, ReopenScoring reopening) {
        this.panels = panels;
        this.scores = scores;
        this.reopening = reopening;
    }

    @PutMapping("/assessors")
    @Operation(summary = "Set the region's panel: assessor usernames (ADMIN)")
    @ProblemCodes(
            invalidInput = "panel.notAssessor",
            notFound = {"period.notFound", "selfAssessment.notParticipant"},
            conflict = "panel.hasScores")
    List<String> assign(
            @PathVariable int year, @PathVariable String code, @RequestBody List<String> body, Actor actor) {
        return panels.assign(year, code, body, actor);
    }

    @GetMapping("/assessors")
    @Operation(summary = "The region's panel")
    @ProblemCodes(forbidden = "disclosure.notPublished", notFound = "period.notFound")
    List<String> panel(@PathVariable int year, @PathVariable String code, Actor actor) {
        return panels.members(year, code, actor);
    }

    @PutMapping("/scores/{no}")
    @Operation(
            summary = "Score a question 1-4 with an optional note (an assessor on the panel, own score)",
            description = "While the period is in ASSESSMENT. After the assessor submitted, a change needs a reason.")
    @ProblemCodes(
            invalidInput = {"score.range", "score.revision.reason"},
            notFound = {"period.notFound", "question.notFound"},
            conflict = {"score.revision.notQueued", "score.stale", "scoring.notOpen"})
    AssessorScoreView score(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable int no,
            @RequestBody ScoreRequest body,
            Actor actor) {
        return scores.score(year, code, no, body.score(), body.note(), body.reason(), body.version(), actor);
    }

    @GetMapping("/scores")
    @Operation(summary = "The scores the caller may see (blind until the assessor submits) and reconciliation")
    @ProblemCodes
    PanelScores scores(@PathVariable int year, @PathVariable String code, Actor actor) {
        return scores.scores(year, code, actor);
    }

    @PostMapping("/scores/submission")
    @Operation(summary = "Submit one's scores once every question is scored; 409 listing unscored ones")
    @ProblemCodes(
            notFound = "period.notFound",
            conflict = {"score.unscored", "scoring.notOpen"})
    PanelScores submit(@PathVariable int year, @PathVariable String code, Actor actor) {
        return scores.submit(year, code, actor);
    }

    @PostMapping("/assessors/{assessor}/scores/reopen")
    @Operation(
            summary = "Reopen an assessor's submitted scoring, with a reason (ADMIN, while in ASSESSMENT)",
            description = "The assessor may then change any score, and is blind again (co-assessors' scores and"
                    + " findings hidden) until they submit again. Audited as SCORES_REOPENED.")
    @ProblemCodes(
            invalidInput = "scores.reopen.reason",
            notFound = {"panel.notMember", "period.notFound"},
            conflict = {"scores.reopen.notSubmitted", "scoring.notOpen"})
    ScoringReopened reopen(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable String assessor,
            @RequestBody ReopenRequest body,
            Actor actor) {
        return reopening.reopen(year, code, assessor, body == null ? null : body.reason(), actor);
    }
}
