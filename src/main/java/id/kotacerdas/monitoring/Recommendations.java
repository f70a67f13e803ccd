package id.kotacerdas.monitoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.domain.FollowUp;
import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A monitoring report's recommendations, each to a named agency (Bappeda, Diskominfo, Balitbangda), and how each
 * was followed up; written by an administrator or the region's operator, audited.
 */
@Service
public class Recommendations {

    private final Masterplans masterplans;
    private final RecommendationRepository repository;
    private final AuditTrail audit;

    Recommendations(Masterplans masterplans, RecommendationRepository repository, AuditTrail audit) {
        this.masterplans = masterplans;
        this.repository = repository;
        this.audit = audit;
    }

    public List<Recommendation> of(long plan, int year, Integer semester, Actor actor) {
        masterplans.get(plan, actor);
        return repository.of(plan, year, semester);
    }

    @Transactional
    public long add(long plan, int year, Integer semester, String agency, String text, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        MasterplanRules.realisation(year, semester, BigDecimal.ZERO, masterplan.startYear(), masterplan.endYear());
        long id = repository.insert(
                plan,
                year,
                semester,
                MasterplanRules.required(agency, "agency", 200),
                MasterplanRules.required(text, "text", 2000),
                actor.username());
        audit.record(AuditEvent.by(actor.username(), "MONITORING_RECOMMENDATION_ADDED")
                .inRegion(masterplan.regionCode())
                .about("masterplan " + plan + " " + year + " recommendation " + id)
                .to(agency + ": " + text));
        return id;
    }

    @Transactional
    public void followUp(long plan, long id, String status, String note, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        FollowUp parsed = MasterplanRules.parse(FollowUp.class, status, "status", false);
        String written = MasterplanRules.optional(note, "followUp", 2000);
        if (!repository.followUp(plan, id, parsed, written, actor.username())) {
            throw new NotFound("masterplan.recommendation.notFound", "No recommendation " + id, id);
        }
        audit.record(AuditEvent.by(actor.username(), "MONITORING_RECOMMENDATION_FOLLOWED_UP")
                .inRegion(masterplan.regionCode())
                .about("masterplan " + plan + " recommendation " + id)
                .to(parsed + (written == null ? "" : ": " + written)));
    }
}
