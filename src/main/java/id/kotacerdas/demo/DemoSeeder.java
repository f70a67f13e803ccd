package id.kotacerdas.demo;

import id.kotacerdas.assessment.ExtendSelfAssessment;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data (switch off with {@code KC_DEMO_DATA=false}): on a database without a {@value DemoData#YEAR} period,
 * creates one in progress as the ministry and the regions would, through their use cases: the instrument copied
 * from 2024, five regions, the self-assessment open from 30 days before until the day the demo is created, then the
 * period in ASSESSMENT with each region at another stage ({@link DemoData}), the one still answering with an
 * extension of its self-assessment. Runs after the 2024 table's import,
 * under the start-up lock; a later start finds the period and changes nothing.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "kc.demo-data", havingValue = "true", matchIfMissing = true)
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final InstrumentApi instruments;
    private final CreatePeriod create;
    private final ManageParticipants participants;
    private final MovePeriod move;
    private final DemoAccounts accounts;
    private final DemoSelfAssessments selfAssessments;
    private final DemoPanels panels;
    private final DemoPanelRecords records;
    private final DemoSurvey survey;
    private final ExtendSelfAssessment extensions;
    private final Clock clock;

    DemoSeeder(
            InstrumentApi instruments,
            CreatePeriod create,
            ManageParticipants participants,
            MovePeriod move,
            DemoAccounts accounts,
            DemoSelfAssessments selfAssessments,
            DemoPanels panels,
            DemoPanelRecords records,
            DemoSurvey survey,
            ExtendSelfAssessment extensions,
            Clock clock) {
        this.instruments = instruments;
        this.create = create;
        this.participants = participants;
        this.move = move;
        this.accounts = accounts;
        this.selfAssessments = selfAssessments;
        this.panels = panels;
        this.records = records;
        this.survey = survey;
        this.extensions = extensions;
        this.clock = clock;
    }

    /** The ministry's steps of the demo, attributed to {@value DemoData#ACTOR} in the audit trail. */
    static Actor ministry() {
        return new Actor(DemoData.ACTOR, "Data demo", Role.ADMIN, null, null);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (instruments.findPeriod(DemoData.YEAR).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        accounts.announce(accounts.create());
        openPeriod();
        DemoData.REGIONS.forEach(selfAssessments::fill);
        move.transition(
                DemoData.YEAR, PeriodStatus.ASSESSMENT.name(), "Demo: penilaian mandiri ditutup", DemoData.ACTOR);
        for (DemoRegion region : DemoData.REGIONS) {
            if (region.submits()) {
                panels.assign(region);
            }
            switch (region.stage()) {
                case SCORED -> {
                    panels.score(region);
                    records.interviewHeld(region);
                    records.findings(region);
                }
                case SCORING -> panels.score(region);
                case SUBMITTED -> records.interviewScheduled(region);
                case SURVEY -> survey.enter(region);
                case ANSWERING -> extend(region);
            }
        }
        log.info(
                "Demo data: period {} in ASSESSMENT with {} regions ({} ms)",
                DemoData.YEAR,
                DemoData.REGIONS.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The region still answering was given ten more days, so its operator really can go on. */
    private void extend(DemoRegion region) {
        LocalDate until = LocalDate.now(clock).plusDays(10);
        extensions.grant(
                DemoData.YEAR,
                region.code(),
                until.atTime(LocalTime.of(17, 0)).atZone(clock.getZone()).toOffsetDateTime(),
                "Gangguan jaringan di kantor Diskominfo; tenggat diperpanjang",
                ministry());
    }

    private void openPeriod() {
        int year = DemoData.YEAR;
        create.create(year, DemoData.COPIED_FROM, DemoData.ACTOR);
        for (DemoRegion region : DemoData.REGIONS) {
            participants.set(year, region.code(), region.track(), DemoData.ACTOR);
        }
        LocalDate today = LocalDate.now(clock);
        move.schedule(year, today.minusDays(30), today, DemoData.ACTOR);
        move.transition(year, PeriodStatus.SELF_ASSESSMENT.name(), "Demo", DemoData.ACTOR);
    }
}
