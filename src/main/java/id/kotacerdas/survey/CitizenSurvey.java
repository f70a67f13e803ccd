package id.kotacerdas.survey;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.survey.PublicSurvey.Dimension;
import id.kotacerdas.survey.PublicSurvey.Scale;
import id.kotacerdas.survey.PublicSurvey.Statement;
import id.kotacerdas.survey.domain.SmartDimension;
import id.kotacerdas.survey.domain.SurveyForm;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** A region's survey for citizens, in their language; only regions taking part in the period have one. */
@Service
public class CitizenSurvey {

    private final SurveyForms forms;
    private final SurveyStatus status;
    private final TalliedCounts tallied;
    private final InstrumentApi instruments;
    private final RegionApi regions;
    private final FormTokens tokens;
    private final SurveyThrottle throttle;
    private final MessageSource messages;

    CitizenSurvey(
            SurveyForms forms,
            SurveyStatus status,
            TalliedCounts tallied,
            InstrumentApi instruments,
            RegionApi regions,
            FormTokens tokens,
            SurveyThrottle throttle,
            MessageSource messages) {
        this.forms = forms;
        this.status = status;
        this.tallied = tallied;
        this.instruments = instruments;
        this.regions = regions;
        this.tokens = tokens;
        this.throttle = throttle;
        this.messages = messages;
    }

    /** The survey without a form token: its start page, or a refusal shown on it. */
    public PublicSurvey of(int year, String region, Locale locale) {
        return survey(year, region, locale, null);
    }

    /**
     * The survey with a form token, counted against the client's address group: bound to one smart dimension, or
     * to the region when {@code dimension} is null (chosen on the form). A dimension not in the survey is refused.
     */
    public PublicSurvey form(int year, String region, String dimension, Locale locale, String address) {
        throttle.form(address);
        if (dimension != null && forms.of(year).dimension(dimension).isEmpty()) {
            throw new NotFound("survey.dimension.unknown", "Unknown smart dimension " + dimension, dimension);
        }
        return survey(year, region, locale, tokens.issue(year, region, dimension));
    }

    private PublicSurvey survey(int year, String region, Locale locale, String token) {
        String name = regions.get(region).name();
        if (!instruments.takesPart(year, region)) {
            throw new NotFound("survey.notParticipant", region + " does not take part in " + year, region);
        }
        SurveyForm form = forms.of(year);
        // as tallied (normally a second behind, kc.survey.aggregate-every): shown to guide the respondent, while
        // the quota itself is enforced when the answers are stored
        String language = locale.getLanguage();
        List<Dimension> dimensions = form.dimensions().stream()
                .map(d -> dimension(d, tallied.counted(year, region, d.code()) >= form.quota(), language))
                .toList();
        List<Scale> scale = List.of(
                new Scale(1, messages.getMessage("survey.scale.1", null, locale)),
                new Scale(2, messages.getMessage("survey.scale.2", null, locale)),
                new Scale(3, messages.getMessage("survey.scale.3", null, locale)),
                new Scale(4, messages.getMessage("survey.scale.4", null, locale)));
        return new PublicSurvey(year, region, name, status.open(year, region), form.quota(), scale, dimensions, token);
    }

    /** The latest period in whose open stages the region takes part, for the short link. */
    public Optional<Integer> currentYear(String region) {
        regions.get(region);
        return instruments.periods().stream()
                .filter(p -> p.status().surveyOpen())
                .map(p -> p.year())
                .filter(y -> instruments.takesPart(y, region))
                .max(Integer::compare);
    }

    private static Dimension dimension(SmartDimension d, boolean complete, String language) {
        return new Dimension(
                d.code(),
                d.name(),
                complete,
                d.questions().stream()
                        .map(q -> new Statement(q.no(), q.subDimension(), q.statementIn(language)))
                        .toList());
    }
}
