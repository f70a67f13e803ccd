package id.kotacerdas.scoring;

import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionMatch;
import id.kotacerdas.scoring.ImportReport.Mismatch;
import id.kotacerdas.scoring.ImportReport.Rejected;
import id.kotacerdas.scoring.ImportReport.Suggestion;
import id.kotacerdas.scoring.NationalResultRepository.StoredResult;
import id.kotacerdas.scoring.domain.RegionScore;
import id.kotacerdas.scoring.domain.ScoringEngine;
import id.kotacerdas.scoring.domain.TrackWeights;
import id.kotacerdas.scoring.table.PublishedResult;
import id.kotacerdas.scoring.table.PublishedRow;
import id.kotacerdas.scoring.table.PublishedRowReader;
import id.kotacerdas.scoring.table.RowReading;
import id.kotacerdas.scoring.table.RowRefusal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One run of an import over a table's rows: matches each row's name to a region, stores the exact and the
 * accepted rows, and keeps what it refused and suggested. With a frozen participant list, rows of other
 * regions are refused.
 */
final class ImportRun {

    private final RegionApi regions;
    private final NationalResultRepository repository;
    private final ManageParticipants participants;
    private final int year;
    private final InstrumentView instrument;
    private final SuggestionAcceptance acceptance;
    private final UUID importId;
    private final String actor;
    private final Set<String> frozenParticipants;
    private final Map<String, Integer> lineOfRegion = new HashMap<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private final List<Suggestion> suggestions = new ArrayList<>();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private int imported;

    /** @param frozenParticipants the frozen participant list rows must be on; null when the table records it */
    ImportRun(
            RegionApi regions,
            NationalResultRepository repository,
            ManageParticipants participants,
            int year,
            InstrumentView instrument,
            SuggestionAcceptance acceptance,
            UUID importId,
            String actor,
            Set<String> frozenParticipants) {
        this.regions = regions;
        this.repository = repository;
        this.participants = participants;
        this.frozenParticipants = frozenParticipants;
        this.year = year;
        this.instrument = instrument;
        this.acceptance = acceptance;
        this.importId = importId;
        this.actor = actor;
    }

    void importRow(PublishedRow row) {
        RowReading reading = PublishedRowReader.read(row);
        if (reading instanceof RowRefusal refusal) {
            reject(refusal.line(), refusal.input(), refusal.reason(), refusal.code(), refusal.arguments());
            return;
        }
        PublishedResult result = (PublishedResult) reading;
        if (!instrument.hasTrack(result.track())) {
            reject(
                    row,
                    "track " + result.track() + " is not a track of " + year,
                    "import.reject.trackNotInPeriod",
                    result.track());
            return;
        }
        RegionMatch match = regions.match(result.name());
        if (match.status() == RegionMatch.Status.UNMATCHED) {
            reject(row, match.reason(), "import.reject.name." + match.reasonCode(), result.name());
            return;
        }
        boolean accepted = match.exact() || acceptance.accepts(row.line());
        if (match.suggested()) {
            suggestions.add(new Suggestion(
                    row.line(),
                    result.name(),
                    match.region().code(),
                    match.region().name(),
                    accepted));
        }
        if (!accepted) {
            return;
        }
        if (frozenParticipants != null
                && !frozenParticipants.contains(match.region().code())) {
            reject(
                    row,
                    match.region().name() + " is not on the period's frozen participant list",
                    "import.reject.notParticipant",
                    match.region().name());
            return;
        }
        Integer earlier = lineOfRegion.putIfAbsent(match.region().code(), row.line());
        if (earlier != null) {
            reject(
                    row,
                    match.region().name() + " is already on line " + earlier,
                    "import.reject.duplicate",
                    match.region().name(),
                    String.valueOf(earlier));
            return;
        }
        store(result, match);
    }

    private void store(PublishedResult result, RegionMatch match) {
        String code = match.region().code();
        RegionScore computed = ScoringEngine.fromDimensionScores(
                new TrackWeights(result.track(), instrument.weightsOf(result.track())), result.scores());
        if (result.publishedFinal() != null && computed.finalShown().compareTo(result.publishedFinal()) != 0) {
            mismatches.add(new Mismatch(
                    result.line(), code, match.region().name(), result.publishedFinal(), computed.finalShown()));
        }
        repository.save(
                year,
                new StoredResult(
                        code, result.track(), result.scores(), result.publishedFinal(), result.publishedImprovement()),
                result.line(),
                importId,
                "PUBLISHED_TABLE");
        participants.recordPublished(year, code, result.track(), actor);
        imported++;
    }

    /** What the run did, for a table of {@code rows} rows. */
    ImportReport report(int rows) {
        return new ImportReport(importId, year, rows, imported, rejected, suggestions, mismatches);
    }

    private void reject(PublishedRow row, String reason, String code, String... args) {
        reject(row.line(), row.rawName(), reason, code, List.of(args));
    }

    private void reject(int line, String input, String reason, String code, List<String> args) {
        rejected.add(new Rejected(line, input, reason, code, args));
    }
}
