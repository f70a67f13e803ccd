package id.kotacerdas.survey;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.PeriodCreated;
import id.kotacerdas.shared.io.ClasspathTables;
import id.kotacerdas.survey.SurveyRepository.Statement;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the 2024 survey its citizen statements on first start ({@code data/survey/statements-2024.tsv}), and a
 * new period the statements and quota of the period its instrument was copied from.
 */
@Component
@Order(30)
class SurveyStatementsSeeder implements ApplicationRunner {

    private static final int YEAR = 2024;

    private final SurveyRepository repository;
    private final InstrumentApi instruments;
    private final ApplicationEventPublisher events;

    SurveyStatementsSeeder(SurveyRepository repository, InstrumentApi instruments, ApplicationEventPublisher events) {
        this.repository = repository;
        this.instruments = instruments;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (instruments.findPeriod(YEAR).isEmpty()
                || !repository.statements(YEAR).isEmpty()) {
            return;
        }
        for (CSVRecord row : ClasspathTables.read("data/survey/statements-2024.tsv", ClasspathTables.TSV)) {
            repository.saveStatement(
                    YEAR, new Statement(Integer.parseInt(row.get("no")), row.get("text_id"), row.get("text_en")));
        }
        events.publishEvent(new SurveyChanged(YEAR));
    }

    @EventListener
    void on(PeriodCreated created) {
        repository.copy(created.copiedFrom(), created.year());
        events.publishEvent(new SurveyChanged(created.year()));
    }
}
