package id.kotacerdas.instrument;

import id.kotacerdas.instrument.domain.Period;

final class PeriodViews {

    private PeriodViews() {}

    static PeriodView of(InstrumentRepository repository, Period p) {
        return new PeriodView(
                p.year(),
                p.status(),
                p.selfAssessmentOpens(),
                p.selfAssessmentDeadline(),
                p.copiedFrom(),
                p.status().instrumentFrozen(),
                repository.count("question", p.year()),
                repository.count("participant", p.year()));
    }
}
