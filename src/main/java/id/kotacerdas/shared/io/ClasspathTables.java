package id.kotacerdas.shared.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads the reference tables shipped under {@code src/main/resources/data}. */
public final class ClasspathTables {

    /** Comma-separated with a header row. */
    public static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    /** Tab-separated with a header row; quotes are ordinary characters. */
    public static final CSVFormat TSV = CSVFormat.TDF
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setQuote(null)
            .get();

    private ClasspathTables() {}

    public static List<CSVRecord> read(String path, CSVFormat format) {
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
