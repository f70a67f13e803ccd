package id.kotacerdas.survey;

import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.survey.SurveyExportRepository.ExportedResponse;
import id.kotacerdas.survey.domain.SmartDimension;
import id.kotacerdas.survey.domain.SurveyForm;
import id.kotacerdas.survey.domain.SurveyQuestion;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses for export, anonymised: nothing about the respondent is stored, and the order number within its
 * region replaces the database id. One row per response, one column per surveyed question (empty for the
 * questions of the other smart dimensions). Rows are handed over one at a time while PostgreSQL reads them
 * through a cursor (a read-only transaction), so exports stream with flat memory, a region's or the nation's.
 */
@Service
public class SurveyExport {

    /** One exported response; {@code answers} has one entry per column of {@link #questionColumns}. */
    public record Row(
            String regionCode,
            String regionName,
            int number,
            OffsetDateTime submittedAt,
            String dimension,
            List<Integer> answers,
            Integer secondsTaken,
            boolean straightLined,
            boolean tooFast,
            String source,
            boolean quarantined,
            String comment) {}

    private final SurveyForms forms;
    private final SurveyExportRepository responses;
    private final RegionApi regions;
    private final RegionAccess access;

    SurveyExport(SurveyForms forms, SurveyExportRepository responses, RegionApi regions, RegionAccess access) {
        this.forms = forms;
        this.responses = responses;
        this.regions = regions;
        this.access = access;
    }

    /** Administrators and the region's operator; checked before anything is written. */
    public void ensureCanExport(int year, String region, Actor reader) {
        access.ensureAdminOrOperatorOf(reader, region);
        forms.of(year);
    }

    /** Every region's responses at once: administrators only; checked before anything is written. */
    public void ensureCanExportNation(int year, Actor reader) {
        access.ensureAdmin(reader);
        forms.of(year);
    }

    public List<Integer> questionColumns(int year) {
        return forms.of(year).dimensions().stream()
                .flatMap(d -> d.questions().stream())
                .map(SurveyQuestion::no)
                .toList();
    }

    /** The region's responses in the order they came. */
    @Transactional(readOnly = true)
    public void rows(int year, String region, Consumer<Row> sink) {
        responses.eachOfRegion(year, region, new Numbered(year, sink));
    }

    /** Every response of the period, by region code, then each region's in the order they came. */
    @Transactional(readOnly = true)
    public void nationRows(int year, Consumer<Row> sink) {
        responses.eachOfPeriod(year, new Numbered(year, sink));
    }

    /** Turns stored responses, region by region, into rows numbered from 1 within each region. */
    private final class Numbered implements Consumer<ExportedResponse> {

        private final SurveyForm form;
        private final List<Integer> columns;
        private final Consumer<Row> sink;
        private String region;
        private String regionName;
        private int number;

        Numbered(int year, Consumer<Row> sink) {
            this.form = forms.of(year);
            this.columns = questionColumns(year);
            this.sink = sink;
        }

        @Override
        public void accept(ExportedResponse response) {
            if (!response.regionCode().equals(region)) {
                region = response.regionCode();
                regionName = regions.get(region).name();
                number = 0;
            }
            SmartDimension dimension = form.dimension(response.dimension()).orElseThrow();
            List<Integer> answers = new ArrayList<>(columns.size());
            for (Integer no : columns) {
                int position = dimension.positionOf(no);
                answers.add(position < 0 ? null : response.answers().get(position));
            }
            sink.accept(new Row(
                    region,
                    regionName,
                    ++number,
                    response.submittedAt(),
                    dimension.code(),
                    answers,
                    response.secondsTaken(),
                    response.straightLined(),
                    response.tooFast(),
                    response.source(),
                    response.quarantined(),
                    response.comment()));
        }
    }
}
