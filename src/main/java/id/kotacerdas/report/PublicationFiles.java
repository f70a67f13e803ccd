package id.kotacerdas.report;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.report.OpenDataPackage.Licence;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.NationalTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A period's national table as files: XLSX for people, CSV and an open-data package for machines and portals.
 * Each holds what the reader may see of the table ({@link NationalResultsApi#visibleTable}): results computed
 * from a period's assessments only once it is PUBLISHED, before that to administrators only, marked as a draft.
 */
@Service
public class PublicationFiles {

    private final NationalResultsApi results;
    private final InstrumentApi instruments;
    private final MessageSource messages;
    private final Licence licence;

    PublicationFiles(
            NationalResultsApi results,
            InstrumentApi instruments,
            MessageSource messages,
            @Value("${kc.open-data.licence.name:CC-BY-4.0}") String licenceName,
            @Value("${kc.open-data.licence.title:Creative Commons Attribution 4.0}") String licenceTitle,
            @Value("${kc.open-data.licence.path:https://creativecommons.org/licenses/by/4.0/}") String licencePath) {
        this.results = results;
        this.instruments = instruments;
        this.messages = messages;
        this.licence = new Licence(licenceName, licenceTitle, licencePath);
    }

    /** The table the reader may see; NotFound before publication unless {@code admin}. Check before writing. */
    public boolean draft(int year, boolean admin) {
        return results.preview(year, admin);
    }

    public void xlsx(int year, boolean admin, Locale locale, OutputStream out) throws IOException {
        NationalTableXlsx.write(published(year, admin), key -> messages.getMessage(key, null, key, locale), out);
    }

    public void csv(int year, boolean admin, OutputStream out) throws IOException {
        try (DataCsv csv = new DataCsv(out)) {
            ResultColumns.write(published(year, admin), csv);
        }
    }

    public void openData(int year, boolean admin, OutputStream out) throws IOException {
        OpenDataPackage.write(published(year, admin), licence, out);
    }

    private PublishedTable published(int year, boolean admin) {
        NationalTable table = results.visibleTable(year, admin);
        return new PublishedTable(
                table, instruments.instrument(year), results.questionScores(year, admin), draft(year, admin));
    }
}
