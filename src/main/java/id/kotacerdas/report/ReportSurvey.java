package id.kotacerdas.report;

import id.kotacerdas.report.RegionReport.Survey;
import id.kotacerdas.report.RegionReport.SurveyDimension;
import id.kotacerdas.report.RegionReport.SurveyRow;
import id.kotacerdas.shared.format.IndonesianFormat;
import id.kotacerdas.survey.SurveyApi;
import id.kotacerdas.survey.SurveySummary;
import org.springframework.stereotype.Component;

/**
 * The citizen survey as the report prints it: counted responses per smart dimension against the quota, and each
 * statement's mean with n and its 95% interval ("3,60 (3,45–3,75)"). Null when nobody answered.
 */
@Component
class ReportSurvey {

    private final SurveyApi surveys;

    ReportSurvey(SurveyApi surveys) {
        this.surveys = surveys;
    }

    Survey of(int year, String code) {
        SurveySummary summary = surveys.publishedSummary(year, code);
        if (summary.responses() == 0) {
            return null;
        }
        return new Survey(
                summary.dimensions().values().stream()
                        .map(d -> new SurveyDimension(d.name(), d.responses(), d.quota()))
                        .toList(),
                summary.questions().stream()
                        .map(q -> new SurveyRow(
                                q.no(),
                                q.statement(),
                                IndonesianFormat.number(q.mean()),
                                q.n(),
                                q.ci95Low() == null
                                        ? "-"
                                        : IndonesianFormat.number(q.ci95Low()) + "–"
                                                + IndonesianFormat.number(q.ci95High())))
                        .toList());
    }
}
