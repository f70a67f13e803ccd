package id.kotacerdas.survey;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.survey.SubmitSurveyResponse.Result;
import id.kotacerdas.survey.SurveyResponseRepository.Submitted;
import id.kotacerdas.survey.domain.CheckedSubmission;
import id.kotacerdas.survey.domain.SubmissionRules;
import id.kotacerdas.survey.domain.SurveyForm;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's operator or enumerator enters a response collected on paper or at a service counter: the same rules,
 * quota and closure as online (no form token: the account answers for it). The response row stays anonymous and
 * carries only its source; who entered it goes to the audit trail.
 */
@Service
public class EnterSurveyResponse {

    /** One paper form or counter interview; {@code source} is PAPER or COUNTER. */
    public record Entry(
            UUID idempotencyKey, String dimension, Map<String, Integer> answers, String comment, String source) {}

    private final SurveyStatus status;
    private final SurveyForms forms;
    private final SurveyResponseRepository responses;
    private final RegionAccess access;
    private final AuditTrail audit;

    EnterSurveyResponse(
            SurveyStatus status,
            SurveyForms forms,
            SurveyResponseRepository responses,
            RegionAccess access,
            AuditTrail audit) {
        this.status = status;
        this.forms = forms;
        this.responses = responses;
        this.access = access;
        this.audit = audit;
    }

    /** Checked before the entry page is shown. */
    public void ensureCanEnter(Actor actor, String region) {
        access.ensureCanEnterSurvey(actor, region);
    }

    @Transactional
    public Result enter(int year, String region, Entry e, Actor actor) {
        access.ensureCanEnterSurvey(actor, region);
        if (e.idempotencyKey() == null) {
            throw new InvalidInput("Idempotency-Key", "survey.key.missing", "Idempotency-Key header missing");
        }
        ResponseSource source = source(e.source());
        status.ensurePeriodOpen(year);
        SurveyForm form = forms.of(year);
        CheckedSubmission checked = SubmissionRules.check(form, e.dimension(), e.answers(), e.comment(), null, 0);
        Submitted submitted;
        try {
            submitted = responses.submit(e.idempotencyKey(), year, region, checked, form.quota(), null, source, null);
        } catch (DataIntegrityViolationException ex) {
            throw new NotFound("survey.notParticipant", region + " does not take part in " + year, region);
        }
        Result result = SubmitSurveyResponse.outcome(year, region, e.idempotencyKey(), checked, form, submitted);
        if (result.created()) {
            audit.record(AuditEvent.by(actor.username(), "SURVEY_RESPONSE_ENTERED")
                    .in(year, region)
                    .about(checked.dimension())
                    .to(source.name()));
        }
        return result;
    }

    private static ResponseSource source(String value) {
        if ("PAPER".equals(value) || "COUNTER".equals(value)) {
            return ResponseSource.valueOf(value);
        }
        throw new InvalidInput("source", "survey.source.invalid", "Source must be PAPER or COUNTER");
    }
}
