package id.kotacerdas.survey;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.Forbidden;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.survey.SurveyRepository.Statement;
import id.kotacerdas.survey.domain.SurveyForm;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff manage a period's survey: administrators set the quota (until the period is finalized) and write the
 * citizen statements (while the instrument is a draft); a region's operator or an administrator closes and
 * reopens the region's survey (before its quota only an administrator closes it). Every change is audited.
 */
@Service
public class ManageSurvey {

    static final int MAX_QUOTA = 100_000;
    static final int MAX_STATEMENT = 400;
    static final int MAX_REASON = 500;

    private final SurveyRepository repository;
    private final SurveyForms forms;
    private final SurveyResponseRepository responses;
    private final InstrumentApi instruments;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ManageSurvey(
            SurveyRepository repository,
            SurveyForms forms,
            SurveyResponseRepository responses,
            InstrumentApi instruments,
            RegionAccess access,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.forms = forms;
        this.responses = responses;
        this.instruments = instruments;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public int setQuota(int year, Integer quota, Actor actor) {
        access.ensureAdmin(actor);
        PeriodStatus stage = instruments.period(year).status();
        if (stage.resultsFrozen()) {
            throw new Conflict("survey.settingsFrozen", "The " + year + " survey is settled (" + stage + ")", year);
        }
        if (quota == null || quota < 1 || quota > MAX_QUOTA) {
            throw new InvalidInput("quota", "survey.quota.range", "Quota must be 1 to " + MAX_QUOTA, MAX_QUOTA);
        }
        int old = repository.quota(year);
        repository.setQuota(year, quota);
        audit.record(AuditEvent.by(actor.username(), "SURVEY_QUOTA_SET")
                .inPeriod(year)
                .from(String.valueOf(old))
                .to(String.valueOf(quota)));
        events.publishEvent(new SurveyChanged(year));
        return quota;
    }

    @Transactional
    public void editStatement(int year, int questionNo, String textId, String textEn, Actor actor) {
        access.ensureAdmin(actor);
        if (instruments.instrument(year).frozen()) {
            throw new Conflict(
                    "survey.statementsFrozen", "The " + year + " instrument is frozen since its period opened", year);
        }
        if (forms.of(year).dimensionOf(questionNo).isEmpty()) {
            throw new NotFound("survey.question.notFound", "Question " + questionNo + " is not surveyed", questionNo);
        }
        String id = textId == null ? "" : textId.strip();
        String en = textEn == null || textEn.isBlank() ? null : textEn.strip();
        if (id.isEmpty() || id.length() > MAX_STATEMENT) {
            throw new InvalidInput(
                    "textId", "survey.statement.length", "Statement must have 1 to 400 characters", MAX_STATEMENT);
        }
        if (en != null && en.length() > MAX_STATEMENT) {
            throw new InvalidInput(
                    "textEn", "survey.statement.length", "Statement must have 1 to 400 characters", MAX_STATEMENT);
        }
        Statement old = repository.statements(year).get(questionNo);
        repository.saveStatement(year, new Statement(questionNo, id, en));
        audit.record(AuditEvent.by(actor.username(), "SURVEY_STATEMENT_EDITED")
                .inPeriod(year)
                .about("question " + questionNo)
                .from(old == null ? null : old.textId())
                .to(id));
        events.publishEvent(new SurveyChanged(year));
    }

    /**
     * Opens or closes the region's survey; returns whether anything changed. The region's operator closes it once
     * every smart dimension has reached its quota; before that only an administrator may, with a reason (a region
     * closing its own survey early would choose which citizens are heard). Both are audited, with the reason.
     */
    @Transactional
    public boolean setOpen(int year, String region, boolean open, String reason, Actor actor) {
        access.ensureAdminOrOperatorOf(actor, region);
        instruments.period(year);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new InvalidInput("reason", "survey.reason.length", "Reason of at most 500 characters", MAX_REASON);
        }
        if (!open && !quotaReached(year, region)) {
            if (!actor.isAdmin()) {
                throw new Forbidden(
                        "survey.closeEarly.adminOnly", "Only an administrator closes a survey before its quota");
            }
            if (why == null) {
                throw new InvalidInput("reason", "survey.closeEarly.reason", "Closing before the quota needs a reason");
            }
        }
        boolean changed;
        try {
            changed = open ? repository.reopen(year, region) : repository.close(year, region, actor.username(), why);
        } catch (DataIntegrityViolationException e) {
            throw new NotFound("survey.notParticipant", region + " does not take part in " + year, region);
        }
        if (changed) {
            events.publishEvent(new SurveyClosureChanged(year));
            audit.record(AuditEvent.by(actor.username(), open ? "SURVEY_REOPENED" : "SURVEY_CLOSED")
                    .in(year, region)
                    .about(why));
        }
        return changed;
    }

    private boolean quotaReached(int year, String region) {
        SurveyForm form = forms.of(year);
        Map<String, Integer> counted = responses.countedByDimension(year, region);
        return form.dimensions().stream().allMatch(d -> counted.getOrDefault(d.code(), 0) >= form.quota());
    }
}
