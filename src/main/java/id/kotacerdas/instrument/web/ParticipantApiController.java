package id.kotacerdas.instrument.web;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.instrument.web.PeriodRequests.ParticipantRequest;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ProblemCodes(notFound = "period.notFound")
@ApiController("/api/v1/periods/{year}/participants")
@Tag(name = "Participants", description = "Which regions take part in a period, on which track (ADMIN)")
class ParticipantApiController {

    private final InstrumentApi instruments;
    private final ManageParticipants participants;

    ParticipantApiController(InstrumentApi instruments, ManageParticipants participants) {
        this.instruments = instruments;
        this.participants = participants;
    }

    @GetMapping
    @Operation(summary = "The participating regions and their track")
    @ProblemCodes
    List<ParticipantView> participants(@PathVariable int year) {
        return instruments.participants(year);
    }

    @PutMapping("/{regionCode}")
    @Operation(summary = "Make a region take part on a track (REGULER or KPPN_IKN)")
    @ProblemCodes(invalidInput = "track.unknown", notFound = "region.notFound", conflict = "participants.frozen")
    ParticipantView set(
            @PathVariable int year,
            @PathVariable String regionCode,
            @Valid @RequestBody ParticipantRequest body,
            Actor actor) {
        return participants.set(year, regionCode, body.track(), actor.username());
    }

    @DeleteMapping("/{regionCode}")
    @Operation(summary = "Remove a region from the period")
    @ProblemCodes(notFound = "participant.notFound", conflict = "participants.frozen")
    ResponseEntity<Void> remove(@PathVariable int year, @PathVariable String regionCode, Actor actor) {
        participants.remove(year, regionCode, actor.username());
        return ResponseEntity.noContent().build();
    }
}
