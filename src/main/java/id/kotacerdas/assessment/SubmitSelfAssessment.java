package id.kotacerdas.assessment;

import id.kotacerdas.assessment.SelfAssessmentProgress.DimensionProgress;
import id.kotacerdas.assessment.SelfAssessmentRepository.Submission;
import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator submits the self-assessment once every question is answered and before the deadline;
 * submitting again changes nothing. An administrator can reopen a submission, giving a reason.
 */
@Service
public class SubmitSelfAssessment {

    private final SelfAssessmentRepository repository;
    private final SelfAssessmentContext context;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SubmitSelfAssessment(
            SelfAssessmentRepository repository,
            SelfAssessmentContext context,
            RegionAccess access,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.context = context;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public SelfAssessmentProgress submit(int year, String region, Actor actor) {
        access.ensureOperatorOf(actor, region);
        context.ensureParticipant(year, region);
        Submission submission = repository.lockSubmission(year, region);
        if (submission.submitted()) {
            return progress(year, region);
        }
        context.ensureOpen(year, region, false);
        List<Integer> unanswered = progress(year, region).unanswered();
        if (!unanswered.isEmpty()) {
            throw new Conflict(
                            "selfAssessment.unanswered",
                            unanswered.size() + " questions are unanswered: " + unanswered,
                            unanswered.size(),
                            unanswered.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .with("unanswered", unanswered);
        }
        repository.setSubmitted(year, region, actor.username());
        String receipt = repository.receipt(year, region);
        audit.record(AuditEvent.by(actor.username(), "SELF_ASSESSMENT_SUBMITTED")
                .in(year, region)
                .about(receipt)
                .from("draft")
                .to("submitted"));
        SelfAssessmentProgress submitted = progress(year, region);
        events.publishEvent(
                new SelfAssessmentSubmitted(year, region, receipt, submitted.submittedAt(), actor.username()));
        return submitted;
    }

    @Transactional
    public SelfAssessmentProgress reopen(int year, String region, String reason, Actor actor) {
        access.ensureAdmin(actor);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "selfAssessment.reopen.reason", "A reason is required to reopen");
        }
        if (!repository.lockSubmission(year, region).submitted()) {
            throw new Conflict("selfAssessment.notSubmitted", "The self-assessment is not submitted", region);
        }
        repository.reopen(year, region);
        audit.record(AuditEvent.by(actor.username(), "SELF_ASSESSMENT_REOPENED")
                .in(year, region)
                .about(reason.strip())
                .from("submitted")
                .to("draft"));
        events.publishEvent(new SelfAssessmentReopened(year, region, reason.strip(), actor.username()));
        return progress(year, region);
    }

    public SelfAssessmentProgress progress(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        context.ensureParticipant(year, region);
        return progress(year, region);
    }

    private SelfAssessmentProgress progress(int year, String region) {
        InstrumentView instrument = context.instrument(year);
        Set<Integer> answered =
                repository.answers(year, region).stream().map(AnswerView::no).collect(Collectors.toSet());
        Map<String, int[]> byDimension = new LinkedHashMap<>();
        instrument.dimensions().forEach(d -> byDimension.put(d.code(), new int[2]));
        List<Integer> unanswered = new ArrayList<>();
        for (InstrumentView.QuestionView q : instrument.questions()) {
            int[] counts = byDimension.get(q.dimension());
            counts[1]++;
            if (answered.contains(q.no())) {
                counts[0]++;
            } else {
                unanswered.add(q.no());
            }
        }
        List<DimensionProgress> dimensions = new ArrayList<>();
        byDimension.forEach((code, c) -> {
            if (c[1] > 0) {
                dimensions.add(new DimensionProgress(code, c[0], c[1]));
            }
        });
        var submission = repository.submission(year, region);
        return new SelfAssessmentProgress(
                year,
                region,
                instrument.questions().size() - unanswered.size(),
                instrument.questions().size(),
                dimensions,
                unanswered,
                submission.isPresent(),
                submission.map(Submission::submittedAt).orElse(null),
                submission.map(Submission::submittedBy).orElse(null),
                submission.map(Submission::receiptNumber).orElse(null),
                context.extension(year, region).orElse(null));
    }
}
