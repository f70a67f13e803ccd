package id.kotacerdas.assessment;

import id.kotacerdas.assessment.domain.AnswerRules;
import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's operator proposes a level and a justification for a question, saved as a draft while
 * the self-assessment is open. A write based on an older version than the stored one is refused
 * (409), so two people never silently overwrite each other.
 */
@Service
public class AnswerQuestions {

    private final SelfAssessmentRepository repository;
    private final SelfAssessmentContext context;
    private final RegionAccess access;
    private final AuditTrail audit;

    AnswerQuestions(
            SelfAssessmentRepository repository, SelfAssessmentContext context, RegionAccess access, AuditTrail audit) {
        this.repository = repository;
        this.context = context;
        this.access = access;
        this.audit = audit;
    }

    /** @param expectedVersion the version the writer last read (0 for a new answer); null skips the check */
    @Transactional
    public AnswerView answer(
            int year,
            String region,
            int no,
            Integer level,
            String justification,
            Integer expectedVersion,
            Actor actor) {
        access.ensureOperatorOf(actor, region);
        context.ensureParticipant(year, region);
        context.ensureQuestion(year, no);
        AnswerRules.check(level, justification);
        String text = justification == null ? "" : justification.strip();
        boolean submitted = repository.lockSubmission(year, region).submitted();
        context.ensureOpen(year, region, submitted);
        Optional<AnswerView> existing = repository.answer(year, region, no);
        int current = existing.map(AnswerView::version).orElse(0);
        if (expectedVersion != null && expectedVersion != current) {
            throw new Conflict(
                            "answer.stale",
                            "Answer " + no + " was changed by someone else (version " + current + ")",
                            no)
                    .with("currentVersion", current);
        }
        if (existing.isEmpty()) {
            repository.insert(year, region, no, level, text, actor.username());
        } else if (existing.get().level() != level
                || !existing.get().justification().equals(text)) {
            repository.update(year, region, no, level, text, actor.username());
        } else {
            return existing.get();
        }
        audit.record(AuditEvent.by(actor.username(), "ANSWER_SAVED")
                .in(year, region)
                .about("question " + no)
                .from(existing.map(AnswerQuestions::describe).orElse(null))
                .to("level " + level + ": " + text));
        return repository.answer(year, region, no).orElseThrow();
    }

    public List<AnswerView> answers(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        context.ensureParticipant(year, region);
        return repository.answers(year, region);
    }

    private static String describe(AnswerView a) {
        return "level " + a.level() + ": " + a.justification();
    }
}
