package id.kotacerdas.scoring.web;

import id.kotacerdas.scoring.AssessedResult;
import id.kotacerdas.scoring.ComputeAssessedResult;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController("/api/v1/periods/{year}/regions/{code}")
@Tag(name = "Results", description = "A region's result from its panel's scores")
class AssessedResultApiController {

    private final ComputeAssessedResult results;

    AssessedResultApiController(ComputeAssessedResult results) {
        this.results = results;
    }

    @GetMapping("/result")
    @Operation(
            summary = "Question scores (mean of the assessors'), dimension scores and final, with the working",
            description = "ADMIN, or an assessor of the panel after submitting their scores; 409 while a"
                    + " question has no score")
    @ProblemCodes(
            notFound = {"period.notFound", "selfAssessment.notParticipant"},
            conflict = "result.incomplete")
    AssessedResult result(@PathVariable int year, @PathVariable String code, Actor actor) {
        return results.result(year, code, actor);
    }
}
