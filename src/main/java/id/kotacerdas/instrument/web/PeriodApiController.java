package id.kotacerdas.instrument.web;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.instrument.web.PeriodRequests.CreatePeriodRequest;
import id.kotacerdas.instrument.web.PeriodRequests.ScheduleRequest;
import id.kotacerdas.instrument.web.PeriodRequests.TransitionRequest;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ProblemCodes(notFound = "period.notFound")
@ApiController("/api/v1/periods")
@Tag(name = "Periods", description = "Evaluation periods and their lifecycle")
class PeriodApiController {

    private final InstrumentApi instruments;
    private final CreatePeriod createPeriod;
    private final MovePeriod movePeriod;

    PeriodApiController(InstrumentApi instruments, CreatePeriod createPeriod, MovePeriod movePeriod) {
        this.instruments = instruments;
        this.createPeriod = createPeriod;
        this.movePeriod = movePeriod;
    }

    @GetMapping
    @Operation(summary = "All evaluation periods")
    @ProblemCodes
    List<PeriodView> periods() {
        return instruments.periods();
    }

    @GetMapping("/{year}")
    @Operation(summary = "One evaluation period")
    @ProblemCodes
    PeriodView period(@PathVariable int year) {
        return instruments.period(year);
    }

    @PostMapping
    @Operation(summary = "Create a draft period with a copy of an earlier period's instrument (ADMIN)")
    @ProblemCodes(
            invalidInput = {"period.year.invalid", "period.copySource.missing", "period.copySource.none"},
            conflict = "period.exists")
    ResponseEntity<PeriodView> create(@Valid @RequestBody CreatePeriodRequest body, Actor actor) {
        PeriodView created = createPeriod.create(body.year(), body.copyInstrumentFrom(), actor.username());
        return ResponseEntity.created(URI.create("/api/v1/periods/" + created.year()))
                .body(created);
    }

    @PatchMapping("/{year}")
    @Operation(summary = "Set the self-assessment opening date and deadline (ADMIN)")
    @ProblemCodes(
            invalidInput = "period.deadline.beforeOpen",
            conflict = {"period.schedule.frozen", "period.stale"})
    PeriodView schedule(@PathVariable int year, @RequestBody ScheduleRequest body, Actor actor) {
        PeriodView current = instruments.period(year);
        return movePeriod.schedule(
                year,
                body.selfAssessmentOpens() != null ? body.selfAssessmentOpens() : current.selfAssessmentOpens(),
                body.selfAssessmentDeadline() != null
                        ? body.selfAssessmentDeadline()
                        : current.selfAssessmentDeadline(),
                actor.username());
    }

    @PostMapping("/{year}/transitions")
    @Operation(summary = "Move the period to its next stage (ADMIN); 409 when not allowed now")
    @ProblemCodes(
            invalidInput = {
                "period.status.unknown",
                "instrument.noQuestions",
                "weights.sum",
                "weights.outOfRange",
                "dimension.unknown"
            },
            conflict = {"period.transition.refused", "period.stale", "finalize.incomplete"})
    PeriodView transition(@PathVariable int year, @Valid @RequestBody TransitionRequest body, Actor actor) {
        return movePeriod.transition(year, body.to(), body.reason(), actor.username());
    }
}
