package id.kotacerdas.assessment;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.security.Role;
import id.kotacerdas.security.UserAccount;
import id.kotacerdas.security.UserAccountsApi;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator sets the assessors of a region's panel (typically five) for a period. */
@Service
public class AssignPanel {

    private final PanelRepository panels;
    private final SelfAssessmentContext context;
    private final RegionAccess access;
    private final UserAccountsApi accounts;
    private final AuditTrail audit;
    private final RegionDisclosure disclosure;
    private final ApplicationEventPublisher events;

    AssignPanel(
            PanelRepository panels,
            SelfAssessmentContext context,
            RegionAccess access,
            UserAccountsApi accounts,
            AuditTrail audit,
            RegionDisclosure disclosure,
            ApplicationEventPublisher events) {
        this.panels = panels;
        this.events = events;
        this.disclosure = disclosure;
        this.context = context;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public List<String> assign(int year, String region, List<String> assessors, Actor actor) {
        access.ensureAdmin(actor);
        context.ensureParticipant(year, region);
        Set<String> wanted = new LinkedHashSet<>(assessors == null ? List.of() : assessors);
        for (String username : wanted) {
            UserAccount account = accounts.find(username).orElse(null);
            if (account == null || account.role() != Role.ASSESSOR || !account.enabled()) {
                throw new InvalidInput(
                        "assessors", "panel.notAssessor", username + " is not an enabled assessor", username);
            }
        }
        List<String> before = panels.members(year, region);
        for (String member : before) {
            if (!wanted.contains(member)) {
                if (panels.hasScores(year, region, member)) {
                    throw new Conflict("panel.hasScores", member + " has already scored this region", member, region);
                }
                panels.removeMember(year, region, member);
            }
        }
        wanted.forEach(a -> panels.addMember(year, region, a));
        List<String> after = panels.members(year, region);
        audit.record(AuditEvent.by(actor.username(), "PANEL_ASSIGNED")
                .in(year, region)
                .from(String.join(", ", before))
                .to(String.join(", ", after)));
        List<String> joined = after.stream().filter(a -> !before.contains(a)).toList();
        if (!joined.isEmpty()) {
            events.publishEvent(new PanelAssigned(year, region, joined));
        }
        return after;
    }

    /** The panel's members; the region's operator learns them only once the period is PUBLISHED (403 before). */
    public List<String> members(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        disclosure.ensureDisclosed(reader, year);
        return panels.members(year, region);
    }
}
