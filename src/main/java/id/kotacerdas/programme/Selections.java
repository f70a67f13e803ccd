package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.programme.domain.CohortOverride;
import id.kotacerdas.programme.domain.RankedCandidate;
import id.kotacerdas.programme.domain.SelectionEngine;
import id.kotacerdas.programme.domain.SelectionRanking;
import id.kotacerdas.programme.domain.SelectionWeights;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate selections (ADMIN): opening one (year, name, quota, weights), changing it until its cohort is
 * confirmed, and reading it with its ranking computed from its candidates (docs/method.md, section 8.3).
 */
@Service
public class Selections {

    /** The most regions a selection can choose: every kabupaten and kota of the registry. */
    static final int MAX_QUOTA = 514;

    static final int NAME_LENGTH = 200;

    private final SelectionRepository repository;
    private final RegionApi regions;
    private final AuditTrail audit;

    Selections(SelectionRepository repository, RegionApi regions, AuditTrail audit) {
        this.repository = repository;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public SelectionView create(NewSelection sent, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        Checked c = check(sent);
        long id = repository.insert(c.year(), c.name(), c.quota(), c.weights(), actor.username());
        audit.record(AuditEvent.by(actor.username(), "SELECTION_CREATED")
                .inPeriod(c.year())
                .about("selection " + id + ": " + c.name())
                .to(describe(c.quota(), c.weights())));
        return get(id, actor);
    }

    /** Changes the year, name, quota or weights; refused once the cohort is confirmed (409 selection.confirmed). */
    @Transactional
    public SelectionView change(long id, NewSelection sent, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        StoredSelection before = open(repository.lock(id).orElseThrow(() -> notFound(id)));
        Checked c = check(sent);
        repository.update(id, c.year(), c.name(), c.quota(), c.weights());
        audit.record(AuditEvent.by(actor.username(), "SELECTION_CHANGED")
                .inPeriod(c.year())
                .about("selection " + id + ": " + c.name())
                .from(before.year() + ", " + describe(before.quota(), before.weights()))
                .to(c.year() + ", " + describe(c.quota(), c.weights())));
        return get(id, actor);
    }

    public List<SelectionView> list(Actor actor) {
        SelectionAccess.requireAdmin(actor);
        return repository.all().stream().map(StoredSelection::view).toList();
    }

    public SelectionView get(long id, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        return repository.find(id).orElseThrow(() -> notFound(id)).view();
    }

    /** The selection with its candidates ranked, each composite explained, and who was selected. */
    @Transactional(readOnly = true)
    public SelectionDetail detail(long id, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        StoredSelection s = repository.find(id).orElseThrow(() -> notFound(id));
        SelectionRanking ranking = ranking(s);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, RegionView> registry =
                regions.all().stream().collect(Collectors.toMap(RegionView::code, Function.identity()));
        ranking.candidates()
                .forEach(c -> names.put(
                        c.regionCode(),
                        registry.containsKey(c.regionCode())
                                ? registry.get(c.regionCode()).name()
                                : c.regionCode()));
        if (!s.confirmed()) {
            Set<String> proposed = ranking.proposed().stream()
                    .map(RankedCandidate::regionCode)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return new SelectionDetail(s.view(), ranking, names, proposed, Map.of(), Map.of());
        }
        Map<String, Mou> mous = new LinkedHashMap<>();
        repository.selected(id).forEach(m -> mous.put(m.regionCode(), m));
        Map<String, CohortOverride> overrides = new LinkedHashMap<>();
        repository.overrides(id).forEach(o -> overrides.put(o.regionCode(), o));
        return new SelectionDetail(s.view(), ranking, names, mous.keySet(), overrides, mous);
    }

    SelectionRanking ranking(StoredSelection s) {
        return SelectionEngine.rank(
                repository.candidates(s.id()), s.weights(), s.quota(), repository.earlierCohorts(s));
    }

    /** The selection, unless its cohort is confirmed (409 selection.confirmed). */
    static StoredSelection open(StoredSelection s) {
        if (s.confirmed()) {
            throw new Conflict(
                    "selection.confirmed",
                    "The cohort of selection " + s.id() + " is confirmed: the selection no longer changes",
                    s.name());
        }
        return s;
    }

    static NotFound notFound(long id) {
        return new NotFound("selection.notFound", "No selection " + id, id);
    }

    static String describe(int quota, SelectionWeights weights) {
        return "quota " + quota + ", weights " + weights.byName();
    }

    private record Checked(int year, String name, int quota, SelectionWeights weights) {}

    private static Checked check(NewSelection sent) {
        if (sent == null) {
            throw new InvalidInput("name", "selection.field.invalid", "The selection is missing", "name");
        }
        if (sent.year() == null || sent.year() < 2000 || sent.year() > 2100) {
            throw new InvalidInput("year", "selection.year.invalid", "The year lies between 2000 and 2100");
        }
        String name = sent.name() == null ? "" : sent.name().strip();
        if (name.isEmpty() || name.length() > NAME_LENGTH) {
            throw new InvalidInput(
                    "name", "selection.name.invalid", "The name is missing or longer than 200 characters");
        }
        if (sent.quota() == null || sent.quota() < 1 || sent.quota() > MAX_QUOTA) {
            throw new InvalidInput("quota", "selection.quota.invalid", "The quota lies between 1 and 514");
        }
        return new Checked(sent.year(), name, sent.quota(), SelectionWeights.from(sent.weights()));
    }
}
