package id.kotacerdas.instrument;

import id.kotacerdas.instrument.domain.Dimension;
import id.kotacerdas.instrument.domain.Instrument;
import id.kotacerdas.instrument.domain.Period;
import id.kotacerdas.instrument.domain.Question;
import id.kotacerdas.instrument.domain.Track;
import id.kotacerdas.shared.io.ClasspathTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the 2024 evaluation period on first start: its tracks, dimensions with weights per track, and
 * the 115 questions of {@code data/instrument-2024.tsv}. The 2024 results were published on 25
 * November 2024, so the period is PUBLISHED.
 */
@Component
@Order(20)
class Instrument2024Seeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Instrument2024Seeder.class);
    private static final int YEAR = 2024;

    private final InstrumentRepository repository;
    private final ApplicationEventPublisher events;

    Instrument2024Seeder(InstrumentRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.period(YEAR).isPresent()) {
            return;
        }
        List<Track> tracks = new ArrayList<>();
        for (CSVRecord row : ClasspathTables.read("data/instrument-2024-tracks.tsv", ClasspathTables.TSV)) {
            tracks.add(new Track(row.get("code"), row.get("name")));
        }
        List<Dimension> dimensions = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
        for (CSVRecord row : ClasspathTables.read("data/instrument-2024-dimensions.tsv", ClasspathTables.TSV)) {
            dimensions.add(new Dimension(row.get("code"), row.get("name")));
            for (Track t : tracks) {
                String weight = row.get(t.code());
                if (!weight.isBlank()) {
                    weights.computeIfAbsent(t.code(), k -> new LinkedHashMap<>())
                            .put(row.get("code"), new BigDecimal(weight));
                }
            }
        }
        List<Question> questions = new ArrayList<>();
        for (CSVRecord row : ClasspathTables.read("data/instrument-2024.tsv", ClasspathTables.TSV)) {
            questions.add(new Question(
                    Integer.parseInt(row.get("no")),
                    row.get("dimension"),
                    row.get("indicator"),
                    row.get("sub_indicator"),
                    row.get("question")));
        }
        Instrument instrument = new Instrument(YEAR, tracks, dimensions, weights, questions);
        instrument.ensureComplete();
        repository.insert(new Period(YEAR, PeriodStatus.PUBLISHED, null, null, null, 0));
        repository.insertStructure(instrument);
        repository.log(YEAR, "system", "CREATED", "2024 instrument loaded: " + questions.size() + " questions");
        events.publishEvent(new InstrumentChanged(YEAR));
        log.info("Loaded the 2024 evaluation period: {} questions", questions.size());
    }
}
