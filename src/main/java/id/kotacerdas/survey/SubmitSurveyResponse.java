package id.kotacerdas.survey;

import id.kotacerdas.region.RegionApi;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.survey.SurveyResponseRepository.Submitted;
import id.kotacerdas.survey.domain.CheckedSubmission;
import id.kotacerdas.survey.domain.FormClaims;
import id.kotacerdas.survey.domain.FormTokenRules;
import id.kotacerdas.survey.domain.SubmissionRules;
import id.kotacerdas.survey.domain.SurveyForm;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * A citizen submits the answers of one smart dimension. Rate limits first, then the form token (signed, for this
 * survey and dimension, old enough and not expired), the honeypot, the rules (flag for straight-lining), and one
 * atomic database call that stores the response unless the key is known (the first response is returned), the
 * token was used, the survey is closed or the dimension's quota is reached.
 */
@Service
public class SubmitSurveyResponse {

    /** What a client sends; {@code comment} and {@code honeypot} are optional, {@code address} is never stored. */
    public record Request(
            UUID idempotencyKey,
            int year,
            String regionCode,
            String dimension,
            Map<String, Integer> answers,
            String comment,
            String formToken,
            String address,
            String honeypot) {}

    /** {@code created} is false for a replay of a key already stored. */
    public record Result(boolean created, StoredResponse response) {}

    private final SurveyStatus status;
    private final SurveyForms forms;
    private final SurveyResponseRepository responses;
    private final SurveyRepository settings;
    private final SurveyThrottle throttle;
    private final RegionApi regions;
    private final FormTokens tokens;
    private final Clock clock;
    private final int minimumSeconds;
    private final Duration validFor;

    SubmitSurveyResponse(
            SurveyStatus status,
            SurveyForms forms,
            SurveyResponseRepository responses,
            SurveyRepository settings,
            SurveyThrottle throttle,
            RegionApi regions,
            FormTokens tokens,
            Clock clock,
            @Value("${kc.survey.minimum-seconds:20}") int minimumSeconds,
            @Value("${kc.survey.form-token.valid-for:6h}") Duration validFor) {
        this.status = status;
        this.forms = forms;
        this.responses = responses;
        this.settings = settings;
        this.throttle = throttle;
        this.regions = regions;
        this.tokens = tokens;
        this.clock = clock;
        this.minimumSeconds = minimumSeconds;
        this.validFor = validFor;
    }

    public Result submit(Request r) {
        throttle.attempt(r.address(), r.formToken());
        if (r.idempotencyKey() == null) {
            throw new InvalidInput("Idempotency-Key", "survey.key.missing", "Idempotency-Key header missing");
        }
        regions.get(r.regionCode());
        status.ensurePeriodOpen(r.year());
        FormClaims claims = FormTokenRules.check(
                r.formToken(),
                tokens.read(r.formToken()),
                r.year(),
                r.regionCode(),
                r.dimension(),
                clock.instant(),
                Duration.ofSeconds(minimumSeconds),
                validFor);
        if (r.honeypot() != null && !r.honeypot().isBlank()) {
            settings.discard(r.year(), r.regionCode(), "HONEYPOT");
            throw new InvalidInput("website", "survey.honeypot", "The field meant to stay empty was filled");
        }
        SurveyForm form = forms.of(r.year());
        int seconds = (int) Duration.between(claims.issuedAt(), clock.instant()).toSeconds();
        CheckedSubmission checked =
                SubmissionRules.check(form, r.dimension(), r.answers(), r.comment(), seconds, minimumSeconds);
        Submitted submitted = store(r, checked, form.quota(), claims.nonce());
        return outcome(r.year(), r.regionCode(), r.idempotencyKey(), checked, form, submitted);
    }

    /** What the atomic store said, as a result or a refusal; shared with responses entered by staff. */
    static Result outcome(
            int year, String region, UUID key, CheckedSubmission checked, SurveyForm form, Submitted submitted) {
        return switch (submitted.outcome()) {
            case CREATED -> new Result(true, submitted.response());
            case REPLAY -> replay(year, region, key, checked, submitted.response());
            case TOKEN_USED ->
                throw new Conflict("survey.formToken.used", "This form was already sent; open the form again");
            case PERIOD_CLOSED ->
                throw new Conflict("survey.periodNotOpen", "The " + year + " survey is not open", year);
            case CLOSED -> throw new Conflict("survey.closed", "The survey of this region is closed", region);
            case FULL ->
                throw new Conflict(
                                "survey.quotaReached",
                                "The quota of " + checked.dimension() + " is reached",
                                form.dimension(checked.dimension())
                                        .orElseThrow()
                                        .name(),
                                form.quota())
                        .with("dimension", checked.dimension());
        };
    }

    private Submitted store(Request r, CheckedSubmission checked, int quota, String nonce) {
        try {
            return responses.submit(
                    r.idempotencyKey(),
                    r.year(),
                    r.regionCode(),
                    checked,
                    quota,
                    nonce,
                    ResponseSource.ONLINE,
                    tokens.addressGroupHash(r.address()));
        } catch (DataIntegrityViolationException e) {
            throw new NotFound(
                    "survey.notParticipant", r.regionCode() + " does not take part in " + r.year(), r.regionCode());
        }
    }

    /** The same key again: the first response, unless the key now comes with other answers. */
    private static Result replay(int year, String region, UUID key, CheckedSubmission checked, StoredResponse first) {
        boolean same = first.year() == year
                && first.regionCode().equals(region)
                && first.dimension().equals(checked.dimension())
                && first.answers().equals(answers(checked));
        if (!same) {
            throw new Conflict("survey.key.reused", "This Idempotency-Key was used for other answers", key);
        }
        return new Result(false, first);
    }

    private static List<Integer> answers(CheckedSubmission checked) {
        List<Integer> values = new ArrayList<>();
        for (short a : checked.answers()) {
            values.add((int) a);
        }
        return values;
    }
}
