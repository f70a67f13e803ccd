package id.kotacerdas.survey.web;

import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import id.kotacerdas.survey.CitizenSurvey;
import id.kotacerdas.survey.PublicSurvey;
import id.kotacerdas.survey.StoredResponse;
import id.kotacerdas.survey.SubmitSurveyResponse;
import id.kotacerdas.survey.SubmitSurveyResponse.Request;
import id.kotacerdas.survey.SubmitSurveyResponse.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@ProblemCodes(notFound = {"period.notFound", "region.notFound", "survey.notParticipant"})
@ApiController("/api/v1/public/surveys/{year}/{code}")
@Tag(name = "Citizen survey", description = "A region's impact survey, answered without an account")
class PublicSurveyApiController {

    private final CitizenSurvey surveys;
    private final SubmitSurveyResponse submit;

    PublicSurveyApiController(CitizenSurvey surveys, SubmitSurveyResponse submit) {
        this.surveys = surveys;
        this.submit = submit;
    }

    @GetMapping
    @Operation(
            summary = "The form: smart dimensions (complete at quota), statements, scale and a form token",
            description = "The token is for one response of this region (of the smart dimension given as"
                    + " ?dimension=, else of any), usable once, from kc.survey.minimum-seconds after it was issued"
                    + " until kc.survey.form-token.valid-for; 429 when an address group asks for too many forms")
    @ProblemCodes(notFound = "survey.dimension.unknown", tooManyRequests = "survey.tooMany")
    PublicSurvey form(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) String dimension,
            Locale locale,
            HttpServletRequest request) {
        return surveys.form(year, code, dimension, locale, ClientAddress.address(request));
    }

    @PostMapping("/responses")
    @Operation(
            summary = "Answer the statements of one smart dimension",
            description = "201 stored; 200 the same Idempotency-Key again (the first response, nothing stored"
                    + " twice); 400 no form token, or one not valid, expired, too young or for another form;"
                    + " 409 form token used, closed, quota reached or key reused with other answers; 413 body"
                    + " too large; 429 too many")
    @ProblemCodes(
            invalidInput = {
                "survey.formToken.missing",
                "survey.formToken.invalid",
                "survey.formToken.expired",
                "survey.formToken.tooYoung",
                "survey.formToken.otherForm",
                "survey.answers.invalid",
                "survey.dimension.unknown",
                "survey.comment.tooLong",
                "survey.honeypot",
                "survey.key.invalid",
                "survey.key.missing",
                "survey.body.lengthRequired"
            },
            conflict = {
                "survey.formToken.used",
                "survey.closed",
                "survey.quotaReached",
                "survey.periodNotOpen",
                "survey.key.reused"
            },
            contentTooLarge = "error.tooLarge",
            tooManyRequests = "survey.tooMany")
    ResponseEntity<StoredResponse> respond(
            @PathVariable int year,
            @PathVariable String code,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody SubmissionBody body,
            HttpServletRequest request) {
        Result result = submit.submit(new Request(
                IdempotencyKeys.parse(key),
                year,
                code,
                body.dimension(),
                body.answers(),
                body.comment(),
                body.formToken(),
                ClientAddress.address(request),
                body.website()));
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(result.response());
    }
}
