package id.kotacerdas.survey.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a form token lets a response in: it is present and signed, was handed out for this survey and smart
 * dimension, is at least {@code minimumAge} old (nobody reads nine statements faster) and younger than
 * {@code validFor}. Single use is checked where the response is stored.
 */
public final class FormTokenRules {

    private FormTokenRules() {}

    /** The token's claims and the whole seconds the respondent took; refused with a named reason otherwise. */
    public static FormClaims check(
            String token,
            Optional<FormClaims> read,
            int year,
            String region,
            String dimension,
            Instant now,
            Duration minimumAge,
            Duration validFor) {
        if (token == null || token.isBlank()) {
            throw new InvalidInput(
                    "formToken", "survey.formToken.missing", "A form token is required: fetch the form first");
        }
        FormClaims claims = read.orElseThrow(
                () -> new InvalidInput("formToken", "survey.formToken.invalid", "Form token not valid"));
        if (!claims.isFor(year, region, dimension)) {
            throw new InvalidInput(
                    "formToken", "survey.formToken.otherForm", "The form token was issued for another form");
        }
        Duration age = Duration.between(claims.issuedAt(), now);
        if (age.compareTo(validFor) > 0) {
            throw new InvalidInput("formToken", "survey.formToken.expired", "The form token has expired");
        }
        if (age.compareTo(minimumAge) < 0) {
            long wait = Math.max(1, minimumAge.minus(age).toSeconds());
            throw new InvalidInput(
                            "formToken",
                            "survey.formToken.tooYoung",
                            "Answered sooner than a person reads the statements; send again in " + wait + " s",
                            wait)
                    .with("retryAfterSeconds", wait);
        }
        return claims;
    }
}
