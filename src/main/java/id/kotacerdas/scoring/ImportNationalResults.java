package id.kotacerdas.scoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.scoring.table.PublishedTable;
import id.kotacerdas.scoring.table.PublishedTableReader;
import id.kotacerdas.scoring.table.TableFormat;
import id.kotacerdas.scoring.table.TableFormatException;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
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
        ImportRun run = new ImportRun(
                regions, repository, participants, year, instrument, acceptance, importId, actor, allowed);
        table.rows().forEach(run::importRow);
        ImportReport report = run.report(table.rows().size());
        repository.countImport(
                importId,
                report.imported(),
                report.rejected().size(),
                report.suggestions().size());
        audit.record(AuditEvent.by(actor, action(reason, confirming))
                .inPeriod(year)
                .about(String.valueOf(filename) + " (" + importId
                        + (confirming == null ? "" : ", confirming " + confirming) + ")"
                        + (reason == null ? "" : ": " + reason))
                .to(report.imported() + " imported, " + report.rejected().size() + " rejected, "
                        + report.pendingSuggestions() + " suggestions pending"));
        events.publishEvent(new ResultsChanged(year));
        return report;
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
}
