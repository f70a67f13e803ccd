package id.kotacerdas.scoring.web;

import id.kotacerdas.scoring.CorrectResult;
import id.kotacerdas.scoring.ResultRevision;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/periods/{year}/regions/{code}")
@Tag(name = "Results", description = "A region's result from its panel's scores")
class CorrectionApiController {

    /** @param scores corrected dimension scores, e.g. {"OUTPUT": 2.93}; the others stay as they are */
    record CorrectionRequest(Map<String, BigDecimal> scores, String reason) {}

    private final CorrectResult corrections;

    CorrectionApiController(CorrectResult corrections) {
        this.corrections = corrections;
    }

    @PostMapping("/corrections")
    @Operation(
            summary = "Correct a finalized or published result: a new revision with a reason (ADMIN)",
            description = "The result is never changed in place; GET .../result/history lists every revision.")
    @ProblemCodes(
            invalidInput = {"correction.reason", "dimension.unknown", "preview.outOfScale"},
            notFound = {"period.notFound", "result.notFound"},
            conflict = "correction.notFinal")
    ResponseEntity<ResultRevision> correct(
            @PathVariable int year, @PathVariable String code, @RequestBody CorrectionRequest body, Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(corrections.correct(
                        year, code, body.scores() == null ? Map.of() : body.scores(), body.reason(), actor));
    }

    @GetMapping("/result/history")
    @Operation(summary = "Every revision of the region's result: finalization, then each correction")
    @ProblemCodes(forbidden = "disclosure.notPublished", notFound = "period.notFound")
    List<ResultRevision> history(@PathVariable int year, @PathVariable String code, Actor actor) {
        return corrections.history(year, code, actor);
    }
}
