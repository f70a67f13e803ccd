package id.kotacerdas.scoring;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo data (switch off with {@code KC_DEMO_DATA=false}): on a database without 2024 results, imports
 * the published half of the 2024 national table through the ordinary import, suggestions accepted.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "kc.demo-data", havingValue = "true", matchIfMissing = true)
class DemoResults implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoResults.class);
    private static final int YEAR = 2024;
    private static final String TABLE = "data/demo/national-2024-part-a.tsv";

    private final NationalResultsApi results;
    private final ImportNationalResults importer;

    DemoResults(NationalResultsApi results, ImportNationalResults importer) {
        this.results = results;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!results.table(YEAR).lines().isEmpty()) {
            return;
        }
        byte[] table;
        try (InputStream in = new ClassPathResource(TABLE).getInputStream()) {
            table = in.readAllBytes();
        }
        ImportReport report = importer.importTable(
                YEAR, table, "text/tab-separated-values", "national-2024-part-a.tsv", SuggestionAcceptance.ALL, "demo");
        log.info("Demo data: imported {} rows of the published 2024 national table", report.imported());
    }
}
