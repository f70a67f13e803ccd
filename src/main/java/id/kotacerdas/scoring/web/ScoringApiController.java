package id.kotacerdas.scoring.web;

import id.kotacerdas.scoring.PreviewScores;
import id.kotacerdas.scoring.ScorePreview;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/scoring")
@Tag(name = "Scoring", description = "The scoring method of docs/method.md, as a calculator")
class ScoringApiController {

    private final PreviewScores previewScores;

    ScoringApiController(PreviewScores previewScores) {
        this.previewScores = previewScores;
    }

    /**
     * @param questionScores every question of the period's instrument, by number, on the 1-4 scale
     * @param dimensionScores scores of dimensions without questions (e.g. COLLABORATION); absent counts as 0
     */
    record PreviewRequest(
            @NotNull Integer year,
            @NotBlank String track,
            @NotNull Map<String, BigDecimal> questionScores,
            Map<String, BigDecimal> dimensionScores) {}

    @PostMapping("/preview")
    @Operation(
            summary = "Dimension scores and final from one region's question scores",
            description = "Question score → dimension mean → Σ dimension × track weight; shown values rounded"
                    + " half-up to 2 decimals. The explanation holds every intermediate value. Stores nothing.")
    @ProblemCodes(
            invalidInput = {
                "track.unknown",
                "preview.missing",
                "preview.outOfScale",
                "preview.unknown",
                "preview.questionNumber"
            },
            notFound = "period.notFound")
    ScorePreview preview(@Valid @RequestBody PreviewRequest body) {
        Map<Integer, BigDecimal> scores = new HashMap<>();
        body.questionScores().forEach((no, score) -> scores.put(questionNumber(no), score));
        return previewScores.preview(body.year(), body.track(), scores, body.dimensionScores());
    }

    private static int questionNumber(String key) {
        try {
            return Integer.parseInt(key.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("questionScores", "preview.questionNumber", "Not a question number: " + key, key);
        }
    }
}
