package id.kotacerdas.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.audit.AuditEntry;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A national table imported into a period whose results are final: the first import stands (it is the
 * published record), rows of regions off the frozen participant list are rejected with a reason, a second
 * import is a correction with a reason, every import is audited, and a corrected imported row keeps its source
 * so the period can still be corrected by import.
 */
@IntegrationTest
class ImportGuardsTest {

    private static final int YEAR = TestYears.NATIONAL_IMPORT_GUARDS;
    private static final String HEADER = "NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tQUICK WINS\t"
            + "PROGRAM KOLABORASI\tNILAI FINAL\tTINGKAT IMPROVEMENT\tKET\n";
    private static final String ROWS = """
            1\tKAB. BADUNG\t3,56\t2,73\t3,27\t3,18\t2,8\t\t3,08\t\tREGULER
            2\tKOTA DENPASAR\t2,84\t2,65\t3,53\t3,77\t3,63\t\t3,35\t\tREGULER
            3\tKAB. KARO\t2,8\t2,24\t2,72\t2,8\t2,12\t-\t2,26\t\tREGULER
            """;

    @Autowired
    ImportNationalResults importer;

    @Autowired
    AuditTrail audit;

    @Test
    void a_published_periods_table_is_imported_once_then_only_corrected_with_a_reason(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired CorrectResult corrections) {
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, "51.03", "REGULER", "test");
        participants.set(YEAR, "51.71", "REGULER", "test");
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        move.transition(YEAR, "ASSESSMENT", "test", "test");
        move.transition(YEAR, "FINALIZED", "no region took part", "test");
        move.transition(YEAR, "PUBLISHED", "test", "test");

        ImportReport first = importTable(null);
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.rejected())
                .singleElement()
                .satisfies(r -> assertThat(r.reasonCode()).isEqualTo("import.reject.notParticipant"));
        assertThat(newest("NATIONAL_IMPORT").newValue()).startsWith("2 imported, 1 rejected");

        assertThatThrownBy(() -> importTable(null))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("import.frozen"));
        assertThatThrownBy(() -> importTable("  "))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("import.frozen"));

        corrections.correct(
                YEAR, "51.03", Map.of("OUTPUT", new BigDecimal("2.93")), "salah ketik OUTPUT", TestActors.admin());
        ImportReport corrected = importTable("Tabel resmi diterbitkan ulang");
        assertThat(corrected.imported()).isEqualTo(2);
        AuditEntry correction = newest("NATIONAL_IMPORT_CORRECTION");
        assertThat(correction.actor()).isEqualTo("admin");
        assertThat(correction.subject()).contains("Tabel resmi diterbitkan ulang");
        assertThat(audit.find(null, YEAR).stream().map(AuditEntry::action).toList())
                .containsSubsequence(List.of("NATIONAL_IMPORT_CORRECTION", "RESULT_CORRECTED", "NATIONAL_IMPORT"));
    }

    private ImportReport importTable(String reason) {
        return importer.importTable(
                YEAR,
                (HEADER + ROWS).getBytes(StandardCharsets.UTF_8),
                "text/tab-separated-values",
                "table.tsv",
                SuggestionAcceptance.NONE,
                reason,
                "admin");
    }

    private AuditEntry newest(String action) {
        return audit.find(null, YEAR).stream()
                .filter(e -> e.action().equals(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry " + action));
    }
}
