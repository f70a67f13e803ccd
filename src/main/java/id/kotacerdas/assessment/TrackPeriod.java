package id.kotacerdas.assessment;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.survey.NationalSurveySummary;
import id.kotacerdas.survey.SurveyApi;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The ministry's tracking of a period: per participating region, the self-assessment's answered
 * questions and submission, assessors assigned and done, the interview, open reconciliation items, and the
 * citizen survey's smart dimensions at quota (the others are flagged), and the agreement between the panel's
 * assessors (flagged under the floor, so that it is looked at before finalization), and the region's extended
 * self-assessment deadline.
 */
@Service
public class TrackPeriod {

    private final TrackingRepository tracking;
    private final InstrumentApi instruments;
    private final RegionApi regions;
    private final SurveyApi surveys;
    private final RegionAccess access;
    private final PanelAgreementReadings agreements;
    private final ExtensionRepository extensions;

    TrackPeriod(
            TrackingRepository tracking,
            InstrumentApi instruments,
            RegionApi regions,
            SurveyApi surveys,
            RegionAccess access,
            PanelAgreementReadings agreements,
            ExtensionRepository extensions) {
        this.tracking = tracking;
        this.extensions = extensions;
        this.agreements = agreements;
        this.surveys = surveys;
        this.instruments = instruments;
        this.regions = regions;
        this.access = access;
    }

    public List<TrackingRow> rows(int year, Actor reader) {
        access.ensureAdmin(reader);
        int questions = instruments.instrument(year).questions().size();
        Map<String, Integer> answered = tracking.answered(year);
        Map<String, Integer> submitted = tracking.submitted(year);
        Map<String, Integer> assessors = tracking.assessors(year);
        Map<String, Integer> done = tracking.assessorsDone(year);
        Map<String, Integer> reconciliation = tracking.reconciliationOpen(year);
        Map<String, Boolean[]> interviews = tracking.interviews(year);
        NationalSurveySummary survey = surveys.progress(year);
        Map<String, Integer> surveyComplete = new HashMap<>();
        survey.regions().forEach(r -> surveyComplete.put(r.regionCode(), r.complete()));
        Map<String, AgreementReading> agreement = agreements.of(year);
        Map<String, OffsetDateTime> extended = extensions.untilByRegion(year);
        List<TrackingRow> rows = new ArrayList<>();
        for (ParticipantView p : instruments.participants(year)) {
            String code = p.regionCode();
            Boolean[] interview = interviews.getOrDefault(code, new Boolean[] {false, null});
            AgreementReading alpha = agreement.get(code);
            rows.add(new TrackingRow(
                    code,
                    regions.find(code).map(r -> r.name()).orElse(code),
                    p.track(),
                    answered.getOrDefault(code, 0),
                    questions,
                    submitted.containsKey(code),
                    assessors.getOrDefault(code, 0),
                    done.getOrDefault(code, 0),
                    interview[0],
                    interview[1],
                    reconciliation.getOrDefault(code, 0),
                    surveyComplete.getOrDefault(code, 0),
                    survey.dimensions().size(),
                    alpha == null ? null : alpha.alpha(),
                    alpha != null && alpha.belowFloor(),
                    extended.get(code)));
        }
        return rows;
    }
}
