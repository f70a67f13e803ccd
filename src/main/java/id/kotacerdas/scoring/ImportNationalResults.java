package id.kotacerdas.scoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.instrument.PeriodStatus;
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
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a national results table in the published layout (TSV, CSV or XLSX). Rows whose name matches
 * a region after normalisation are imported; loose matches wait for a person's confirmation; the rest
 * are refused with the reason. The final is always computed from the scores and the period's weights.
 * Imports are for periods whose results come from a published table: refused while a period's evaluation is
 * under way (SELF_ASSESSMENT, ASSESSMENT) or when its results were computed from its assessments; once its
 * results are final and held, a new import is a correction with a reason; when the period's results are final
 * and its participant list is set, rows of other regions are refused. Every import is audited.
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
    private final AuditTrail audit;

    ImportNationalResults(
            InstrumentApi instruments,
            ManageParticipants participants,
            RegionApi regions,
            NationalResultRepository repository,
            ApplicationEventPublisher events,
            AuditTrail audit) {
        this.audit = audit;
        this.instruments = instruments;
        this.participants = participants;
        this.regions = regions;
        this.repository = repository;
        this.events = events;
    }

    /** An import without a correction reason (refused once the period's results are final). */
    @Transactional
    public ImportReport importTable(
            int year,
            byte[] content,
            String contentType,
            String filename,
            SuggestionAcceptance acceptance,
            String actor) {
        return importTable(year, content, contentType, filename, acceptance, null, actor);
    }

    /**
     * @param correctionReason why a period whose results are final (FINALIZED or PUBLISHED) and already held
     *     is imported again; without one such an import is refused (409 import.frozen)
     */
    @Transactional
    public ImportReport importTable(
            int year,
            byte[] content,
            String contentType,
            String filename,
            SuggestionAcceptance acceptance,
            String correctionReason,
            String actor) {
        String reason = correctionReason == null || correctionReason.isBlank() ? null : correctionReason.strip();
        PeriodStatus stage = ensureImportable(year);
        if (stage.resultsFrozen() && reason == null && repository.hasResults(year)) {
            throw new Conflict(
                    "import.frozen", "The results of " + year + " are final; a new import needs a reason", year);
        }
        boolean frozenList =
                stage.resultsFrozen() && !instruments.participants(year).isEmpty();
        return run(year, content, contentType, filename, acceptance, reason, frozenList, actor, null);
    }

    /** Runs a stored import again, now importing the loosely matched rows a person confirmed. */
    @Transactional
    public ImportReport confirm(int year, UUID importId, Set<Integer> acceptedLines, String actor) {
        NationalResultRepository.StoredImport stored = repository
                .findImport(importId)
                .filter(i -> i.year() == year)
                .orElseThrow(() -> new NotFound("import.notFound", "No import " + importId, importId));
        ensureImportable(year);
        return run(
                year,
                stored.content(),
                null,
                stored.filename(),
                SuggestionAcceptance.lines(acceptedLines),
                stored.correctionReason(),
                stored.participantsFrozen(),
                actor,
                importId);
    }

    /**
     * The period's stage, read under its share lock: a period whose evaluation is under way gets its results
     * from its assessments, and one whose results were computed from them is corrected through corrections.
     */
    private PeriodStatus ensureImportable(int year) {
        PeriodStatus stage = instruments.lockStage(year).status();
        if (stage == PeriodStatus.SELF_ASSESSMENT || stage == PeriodStatus.ASSESSMENT) {
            throw new Conflict(
                    "import.evaluationUnderway",
                    "The period " + year + " is under way (" + stage + "); its results come from its assessments",
                    year,
                    stage.name());
        }
        if (repository.hasAssessedResults(year)) {
            throw new Conflict(
                    "import.assessedPeriod",
                    "The results of " + year + " were computed from its assessments and are frozen",
                    year);
        }
        return stage;
    }

    private ImportReport run(
            int year,
            byte[] content,
            String contentType,
            String filename,
            SuggestionAcceptance acceptance,
            String reason,
            boolean frozenList,
            String actor,
            UUID confirming) {
        InstrumentView instrument = instruments.instrument(year);
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
        repository.insertImport(importId, year, filename, format.name(), content, actor, reason, frozenList);
        Set<String> allowed = frozenList
                ? instruments.participants(year).stream()
                        .map(ParticipantView::regionCode)
                        .collect(Collectors.toSet())
                : null;
        Run run = new Run(year, instrument, acceptance, importId, actor, allowed);
        table.rows().forEach(run::importRow);
        repository.countImport(importId, run.imported, run.rejected.size(), run.suggestions.size());
        audit.record(AuditEvent.by(actor, action(reason, confirming))
                .inPeriod(year)
                .about(String.valueOf(filename) + " (" + importId
                        + (confirming == null ? "" : ", confirming " + confirming) + ")"
                        + (reason == null ? "" : ": " + reason))
                .to(run.imported + " imported, " + run.rejected.size() + " rejected, "
                        + run.suggestions.stream().filter(x -> !x.imported()).count() + " suggestions pending"));
        events.publishEvent(new ResultsChanged(year));
        return new ImportReport(
                importId, year, table.rows().size(), run.imported, run.rejected, run.suggestions, run.mismatches);
    }

    private static String action(String reason, UUID confirming) {
        if (reason != null) {
            return "NATIONAL_IMPORT_CORRECTION";
        }
        return confirming == null ? "NATIONAL_IMPORT" : "NATIONAL_IMPORT_CONFIRMED";
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
        private final Set<String> frozenParticipants;
        private final Map<String, Integer> lineOfRegion = new HashMap<>();
        private final List<Rejected> rejected = new ArrayList<>();
        private final List<Suggestion> suggestions = new ArrayList<>();
        private final List<Mismatch> mismatches = new ArrayList<>();
        private int imported;

        /** @param participants the frozen participant list rows must be on; null when the table records it */
        Run(
                int year,
                InstrumentView instrument,
                SuggestionAcceptance acceptance,
                UUID importId,
                String actor,
                Set<String> participants) {
            this.frozenParticipants = participants;
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
