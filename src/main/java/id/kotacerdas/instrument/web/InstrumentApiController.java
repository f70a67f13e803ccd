package id.kotacerdas.instrument.web;

import id.kotacerdas.instrument.EditInstrument;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.web.PeriodRequests.QuestionCreated;
import id.kotacerdas.instrument.web.PeriodRequests.QuestionRequest;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ProblemCodes(notFound = "period.notFound")
@ApiController("/api/v1/periods/{year}/instrument")
@Tag(name = "Instrument", description = "Dimensions, weights per track and questions of a period")
class InstrumentApiController {

    private final InstrumentApi instruments;
    private final EditInstrument editInstrument;

    InstrumentApiController(InstrumentApi instruments, EditInstrument editInstrument) {
        this.instruments = instruments;
        this.editInstrument = editInstrument;
    }

    @GetMapping
    @Operation(
            summary = "The period's instrument: dimensions with weights per track, and every question",
            description = "A DRAFT period's instrument is read by administrators only (404 instrument.draft)")
    @ProblemCodes(notFound = "instrument.draft")
    InstrumentView instrument(@PathVariable int year, Actor actor) {
        return instruments.instrumentFor(year, actor != null && actor.isAdmin());
    }

    @PutMapping("/weights/{track}")
    @Operation(
            summary = "Set a track's weights as fractions, e.g. {\"BASELINE\":0.10,...} (ADMIN, draft only)",
            description = "400 when they do not sum to 1 (100%); 409 once the period has opened")
    @ProblemCodes(
            invalidInput = {"track.unknown", "dimension.unknown", "weights.outOfRange", "weights.sum"},
            conflict = "instrument.frozen")
    InstrumentView setWeights(
            @PathVariable int year,
            @PathVariable String track,
            @RequestBody Map<String, BigDecimal> weights,
            Actor actor) {
        editInstrument.setWeights(year, track, weights, actor.username());
        return instruments.instrument(year);
    }

    @PutMapping("/questions/{no}")
    @Operation(summary = "Edit a question (ADMIN, draft only)")
    @ProblemCodes(
            invalidInput = {"question.field.required", "dimension.unknown"},
            notFound = "question.notFound",
            conflict = "instrument.frozen")
    InstrumentView.QuestionView updateQuestion(
            @PathVariable int year, @PathVariable int no, @Valid @RequestBody QuestionRequest body, Actor actor) {
        editInstrument.updateQuestion(year, body.toQuestion(no), actor.username());
        return instruments.instrument(year).question(no);
    }

    @PostMapping("/questions")
    @Operation(summary = "Append a question; it takes the next number (ADMIN, draft only)")
    @ProblemCodes(
            invalidInput = {"question.field.required", "dimension.unknown"},
            conflict = "instrument.frozen")
    ResponseEntity<QuestionCreated> addQuestion(
            @PathVariable int year, @Valid @RequestBody QuestionRequest body, Actor actor) {
        int no = editInstrument.addQuestion(year, body.toQuestion(1), actor.username());
        return ResponseEntity.created(URI.create("/api/v1/periods/" + year + "/instrument/questions/" + no))
                .body(new QuestionCreated(no));
    }

    @DeleteMapping("/questions/{no}")
    @Operation(summary = "Remove a question; later questions move up a number (ADMIN, draft only)")
    @ProblemCodes(notFound = "question.notFound", conflict = "instrument.frozen")
    ResponseEntity<Void> removeQuestion(@PathVariable int year, @PathVariable int no, Actor actor) {
        editInstrument.removeQuestion(year, no, actor.username());
        return ResponseEntity.noContent().build();
    }
}
