package id.kotacerdas.survey;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.survey.domain.SmartDimension;
import id.kotacerdas.survey.domain.SurveyForm;
import id.kotacerdas.survey.domain.SurveyQuestion;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * A region's responses for export, anonymised: nothing about the respondent is stored, and the order number
 * replaces the database id. One row per response, one column per surveyed question (empty for the questions of
 * the other smart dimensions). Rows are handed over one at a time, so exports stream.
 */
@Service
public class SurveyExport {

    /** One exported response; {@code answers} has one entry per column of {@link #questionColumns}. */
    public record Row(
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
    private final SurveyResponseRepository responses;
    private final RegionAccess access;

    SurveyExport(SurveyForms forms, SurveyResponseRepository responses, RegionAccess access) {
        this.forms = forms;
        this.responses = responses;
        this.access = access;
    }

    /** Administrators and the region's operator; checked before anything is written. */
    public void ensureCanExport(int year, String region, Actor reader) {
        access.ensureAdminOrOperatorOf(reader, region);
        forms.of(year);
    }

    public List<Integer> questionColumns(int year) {
        return forms.of(year).dimensions().stream()
                .flatMap(d -> d.questions().stream())
                .map(SurveyQuestion::no)
                .toList();
    }

    public void rows(int year, String region, Consumer<Row> sink) {
        SurveyForm form = forms.of(year);
        List<Integer> columns = questionColumns(year);
        int[] number = {0};
        responses.eachResponse(year, region, response -> {
            SmartDimension dimension = form.dimension(response.dimension()).orElseThrow();
            List<Integer> answers = new ArrayList<>(columns.size());
            for (Integer no : columns) {
                int position = dimension.positionOf(no);
                answers.add(position < 0 ? null : response.answers().get(position));
            }
            sink.accept(new Row(
                    ++number[0],
                    response.submittedAt(),
                    dimension.code(),
                    answers,
                    response.secondsTaken(),
                    response.straightLined(),
                    response.tooFast(),
                    response.source(),
                    response.quarantined(),
                    response.comment()));
        });
    }
}
