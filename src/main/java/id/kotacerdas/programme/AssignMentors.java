package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.Role;
import id.kotacerdas.security.UserAccount;
import id.kotacerdas.security.UserAccountsApi;
import id.kotacerdas.shared.domain.InvalidInput;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator assigns the mentors (pendamping) of a region of a confirmed cohort: enabled assessor accounts
 * (every assessor account has an affiliation: a university, a ministry), each from a date and to a date or open. The list sent replaces
 * the current one: an assignment it no longer names is removed, and kept as history; each change is audited
 * ({@code MENTOR_ASSIGNED}, {@code MENTOR_REMOVED}).
 */
@Service
public class AssignMentors {

    static final int MAX_MENTORS = 10;

    private final CohortRegions cohorts;
    private final MentorRepository repository;
    private final UserAccountsApi accounts;
    private final AuditTrail audit;

    AssignMentors(CohortRegions cohorts, MentorRepository repository, UserAccountsApi accounts, AuditTrail audit) {
        this.cohorts = cohorts;
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Replaces the region's current mentors; the current ones after the change. */
    @Transactional
    public List<MentorAssignment> replace(long selection, String region, List<MentorInput> sent, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        CohortRegion cohort = cohorts.require(selection, region);
        List<MentorInput> wanted = check(sent == null ? List.of() : sent);
        cohorts.lock(selection, region);
        List<MentorAssignment> current = repository.of(selection, region).stream()
                .filter(MentorAssignment::current)
                .toList();
        for (MentorAssignment m : current) {
            if (wanted.stream().noneMatch(w -> same(w, m))) {
                repository.remove(m.id(), actor.username());
                audit.record(AuditEvent.by(actor.username(), "MENTOR_REMOVED")
                        .in(cohort.year(), region)
                        .about(about(cohort))
                        .from(describe(m.username(), m.fromOn(), m.toOn())));
            }
        }
        for (MentorInput w : wanted) {
            if (current.stream().noneMatch(m -> same(w, m))) {
                repository.insert(selection, region, w, actor.username());
                audit.record(AuditEvent.by(actor.username(), "MENTOR_ASSIGNED")
                        .in(cohort.year(), region)
                        .about(about(cohort))
                        .to(describe(w.username(), w.from(), w.to())));
            }
        }
        return history(selection, region).stream()
                .filter(MentorAssignment::current)
                .toList();
    }

    /** The region's assignments in the cohort, current first, then the removed ones (ADMIN). */
    public List<MentorAssignment> list(long selection, String region, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        cohorts.require(selection, region);
        return history(selection, region);
    }

    /** Every assignment of the cohort, by region (ADMIN). */
    public List<MentorAssignment> ofSelection(long selection, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        return repository.ofSelection(selection).stream().map(this::named).toList();
    }

    /** The region's assignments in the cohort, current and removed, with each account's name and affiliation. */
    List<MentorAssignment> history(long selection, String region) {
        return repository.of(selection, region).stream().map(this::named).toList();
    }

    MentorAssignment named(MentorAssignment m) {
        return accounts.find(m.username())
                .map(a -> m.named(a.fullName(), a.affiliation()))
                .orElse(m);
    }

    private List<MentorInput> check(List<MentorInput> sent) {
        if (sent.size() > MAX_MENTORS) {
            throw new InvalidInput("mentors", "mentor.tooMany", "At most 10 mentors per region", MAX_MENTORS);
        }
        Set<String> seen = new HashSet<>();
        return sent.stream()
                .map(m -> {
                    String username = m == null || m.username() == null
                            ? ""
                            : m.username().strip();
                    UserAccount account = accounts.find(username)
                            .orElseThrow(() ->
                                    new InvalidInput("username", "mentor.unknown", "No account " + username, username));
                    if (account.role() != Role.ASSESSOR || !account.enabled()) {
                        throw new InvalidInput(
                                "username",
                                "mentor.notAssessor",
                                username + " is not an enabled assessor account",
                                username);
                    }
                    if (!seen.add(username)) {
                        throw new InvalidInput("username", "mentor.twice", username + " is listed twice", username);
                    }
                    if (!valid(m.from())) {
                        throw new InvalidInput("from", "mentor.from", "The mentoring's start date is missing");
                    }
                    if (m.to() != null && (!valid(m.to()) || m.to().isBefore(m.from()))) {
                        throw new InvalidInput("to", "mentor.to", "The mentoring ends before it starts");
                    }
                    return new MentorInput(username, m.from(), m.to());
                })
                .toList();
    }

    private static boolean valid(LocalDate date) {
        return date != null && date.getYear() >= 2000 && date.getYear() <= 2100;
    }

    private static boolean same(MentorInput w, MentorAssignment m) {
        return w.username().equals(m.username()) && w.from().equals(m.fromOn()) && Objects.equals(w.to(), m.toOn());
    }

    static String about(CohortRegion cohort) {
        return "selection " + cohort.selectionId() + ": " + cohort.selectionName();
    }

    private static String describe(String username, LocalDate from, LocalDate to) {
        return username + " " + from + ".." + (to == null ? "" : to);
    }
}
