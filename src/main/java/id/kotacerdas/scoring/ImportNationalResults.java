package id.kotacerdas.scoring;

import id.kotacerdas.instrument.InstrumentApi;
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
import id.kotacerdas.scoring.table.PublishedTable;
import id.kotacerdas.scoring.table.PublishedTableReader;
import id.kotacerdas.scoring.table.RowReading;
import id.kotacerdas.scoring.table.RowRefusal;
import id.kotacerdas.scoring.table.TableFormat;
import id.kotacerdas.scoring.table.TableFormatException;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a national results table in the published layout (TSV, CSV or XLSX). Rows whose name matches
 * a region after normalisation are imported; loose matches wait for a person's confirmation; the rest
 * are refused with the reason. The final is always computed from the scores and the period's weights.
 */
@Service
public class ImportNationalResults {

    /** The largest table accepted, also when it comes as a raw request body rather than a multipart file. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final InstrumentApi instruments;
    private final ManageParticipants participants;
    private final RegionApi regions;
    private final NationalResultRepository repository;
    private final ApplicationEventPublisher events;

    ImportNationalResults(
            InstrumentApi instruments,
            ManageParticipants participants,
            RegionApi regions,
            NationalResultRepository repository,
            ApplicationEventPublisher events) {
        this.instruments = instruments;
        this.participants = participants;
        this.regions = regions;
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    public ImportReport importTable(
            int year,
            byte[] content,
            String contentType,
            String filename,
            SuggestionAcceptance acceptance,
            String actor) {
        InstrumentView instrument = instruments.instrument(year);
        if (repository.hasAssessedResults(year)) {
            throw new Conflict(
                    "import.assessedPeriod",
                    "The results of " + year + " were computed from its assessments and are frozen",
                    year);
        }
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "import.file.empty", "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "import.file.tooLarge", "The file is larger than 5 MB");
        }
        TableFormat format = TableFormat.detect(contentType, filename, content)
                .orElseThrow(() -> new InvalidInput(
                        "file", "import.file.format", "Not a TSV, CSV or XLSX table", String.valueOf(filename)));
        PublishedTable table = read(content, format);
        UUID importId = UUID.randomUUID();
        repository.insertImport(importId, year, filename, format.name(), content, actor);
        Run run = new Run(year, instrument, acceptance, importId, actor);
        table.rows().forEach(run::importRow);
        repository.countImport(importId, run.imported, run.rejected.size(), run.suggestions.size());
        events.publishEvent(new ResultsChanged(year));
        return new ImportReport(
                importId, year, table.rows().size(), run.imported, run.rejected, run.suggestions, run.mismatches);
    }

    /** Runs a stored import again, now importing the loosely matched rows a person confirmed. */
    @Transactional
    public ImportReport confirm(int year, UUID importId, Set<Integer> acceptedLines, String actor) {
        NationalResultRepository.StoredImport stored = repository
                .findImport(importId)
                .filter(i -> i.year() == year)
                .orElseThrow(() -> new NotFound("import.notFound", "No import " + importId, importId));
        return importTable(
                year, stored.content(), null, stored.filename(), SuggestionAcceptance.lines(acceptedLines), actor);
    }

    private static PublishedTable read(byte[] content, TableFormat format) {
        try {
            return new PublishedTableReader().read(content, format);
        } catch (TableFormatException e) {
            throw new InvalidInput("file", "import.file.unreadable", e.getMessage(), e.getMessage());
        }
    }

    /** One import in progress. */
    private final class Run {
        private final int year;
        private final InstrumentView instrument;
        private final SuggestionAcceptance acceptance;
        private final UUID importId;
        private final String actor;
        private final Map<String, Integer> lineOfRegion = new HashMap<>();
        private final List<Rejected> rejected = new ArrayList<>();
        private final List<Suggestion> suggestions = new ArrayList<>();
        private final List<Mismatch> mismatches = new ArrayList<>();
        private int imported;

        Run(int year, InstrumentView instrument, SuggestionAcceptance acceptance, UUID importId, String actor) {
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
                            code,
                            result.track(),
                            result.scores(),
                            result.publishedFinal(),
                            result.publishedImprovement()),
                    result.line(),
                    importId,
                    "PUBLISHED_TABLE");
            participants.recordPublished(year, code, result.track(), actor);
            imported++;
        }

        private void reject(PublishedRow row, String reason, String code, String... args) {
            reject(row.line(), row.rawName(), reason, code, List.of(args));
        }

        private void reject(int line, String input, String reason, String code, List<String> args) {
            rejected.add(new Rejected(line, input, reason, code, args));
        }
    }
}
