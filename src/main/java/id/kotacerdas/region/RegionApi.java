package id.kotacerdas.region;

import id.kotacerdas.region.domain.MatchResult;
import id.kotacerdas.region.domain.RegionName;
import id.kotacerdas.region.domain.RegionNameMatcher;
import id.kotacerdas.shared.domain.NotFound;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The region module's facade: the registry of 514 kabupaten/kota in 38 provinces and matching of
 * names as they appear in published documents. The registry does not change while the app runs,
 * so it is read once.
 */
@Service
public class RegionApi {

    private final RegionRepository repository;
    private volatile Registry registry;

    RegionApi(RegionRepository repository) {
        this.repository = repository;
    }

    public List<RegionView> all() {
        return registry().regions();
    }

    public List<ProvinceView> provinces() {
        return registry().provinces();
    }

    /** The region with this Kemendagri code; NotFound when the registry has none. */
    public RegionView get(String code) {
        return find(code).orElseThrow(() -> new NotFound("region.notFound", "No region " + code, code));
    }

    public Optional<RegionView> find(String code) {
        return Optional.ofNullable(registry().byCode().get(code));
    }

    /** Matches a name as written in a document ("KAB. WAKATOBİ", "Walikota Bukittinggi"). */
    public RegionMatch match(String input) {
        Registry reg = registry();
        MatchResult result = reg.matcher().match(input);
        if (result instanceof MatchResult.Exact exact) {
            return new RegionMatch(RegionMatch.Status.EXACT, reg.view(exact.region()), null, null, List.of());
        }
        if (result instanceof MatchResult.Suggested suggested) {
            return new RegionMatch(RegionMatch.Status.SUGGESTED, reg.view(suggested.region()), null, null, List.of());
        }
        MatchResult.Unmatched unmatched = (MatchResult.Unmatched) result;
        return new RegionMatch(
                RegionMatch.Status.UNMATCHED,
                null,
                unmatched.why().name(),
                unmatched.reason(),
                unmatched.candidates().stream().map(reg::view).toList());
    }

    private Registry registry() {
        Registry current = registry;
        if (current == null || current.regions().isEmpty()) {
            current = Registry.of(repository.findAll(), repository.provinces());
            registry = current;
        }
        return current;
    }

    private record Registry(
            List<RegionView> regions,
            List<ProvinceView> provinces,
            Map<String, RegionView> byCode,
            RegionNameMatcher matcher) {
        static Registry of(List<RegionView> regions, List<ProvinceView> provinces) {
            Map<String, RegionView> byCode =
                    regions.stream().collect(Collectors.toUnmodifiableMap(RegionView::code, Function.identity()));
            RegionNameMatcher matcher = new RegionNameMatcher(
                    regions.stream().map(r -> RegionName.of(r.code(), r.name())).toList());
            return new Registry(List.copyOf(regions), List.copyOf(provinces), byCode, matcher);
        }

        RegionView view(RegionName name) {
            return byCode.get(name.code());
        }
    }
}
