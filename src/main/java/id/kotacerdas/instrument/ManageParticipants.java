package id.kotacerdas.instrument;

import id.kotacerdas.instrument.domain.Instrument;
import id.kotacerdas.instrument.domain.Participant;
import id.kotacerdas.instrument.domain.Period;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets which regions take part in a period, and on which track. */
@Service
public class ManageParticipants {

    private final Periods periods;
    private final InstrumentRepository repository;
    private final RegionApi regions;
    private final ApplicationEventPublisher events;

    ManageParticipants(
            Periods periods, InstrumentRepository repository, RegionApi regions, ApplicationEventPublisher events) {
        this.periods = periods;
        this.repository = repository;
        this.regions = regions;
        this.events = events;
    }

    @Transactional
    public ParticipantView set(int year, String regionCode, String track, String actor) {
        Period period = periods.lock(year);
        if (period.status().resultsFrozen()) {
            throw new Conflict(
                    "participants.frozen", "Participants of a finalized period cannot change", year, period.status());
        }
        return record(year, regionCode, track, actor);
    }

    /**
     * Records a participant as a published national table lists it: the table is the record of who
     * took part, so this holds whatever the period's stage.
     */
    @Transactional
    public ParticipantView recordPublished(int year, String regionCode, String track, String actor) {
        periods.get(year);
        return record(year, regionCode, track, actor);
    }

    @Transactional
    public void remove(int year, String regionCode, String actor) {
        Period period = periods.lock(year);
        if (period.status().resultsFrozen()) {
            throw new Conflict(
                    "participants.frozen", "Participants of a finalized period cannot change", year, period.status());
        }
        if (!repository.deleteParticipant(year, regionCode)) {
            throw new NotFound("participant.notFound", regionCode + " does not take part in " + year, regionCode, year);
        }
        repository.log(year, actor, "PARTICIPANT_REMOVED", regionCode);
        events.publishEvent(new InstrumentChanged(year));
    }

    private ParticipantView record(int year, String regionCode, String track, String actor) {
        if (regionCode == null || regionCode.isBlank()) {
            throw new InvalidInput("regionCode", "participant.region.required", "The region code is required");
        }
        regions.get(regionCode);
        Instrument instrument = periods.instrument(year);
        if (track == null || !instrument.hasTrack(track)) {
            throw new InvalidInput("track", "track.unknown", "Unknown track " + track, String.valueOf(track));
        }
        repository.saveParticipant(new Participant(year, regionCode, track));
        repository.log(year, actor, "PARTICIPANT_SET", regionCode + " " + track);
        events.publishEvent(new InstrumentChanged(year));
        return new ParticipantView(year, regionCode, track);
    }
}
