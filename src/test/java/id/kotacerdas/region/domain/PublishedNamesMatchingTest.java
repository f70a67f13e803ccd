package id.kotacerdas.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.region.domain.MatchResult.Exact;
import id.kotacerdas.region.domain.MatchResult.Suggested;
import id.kotacerdas.region.domain.MatchResult.Unmatched;
import id.kotacerdas.support.TestData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the matcher over the real registry, the published table and the results letter. */
class PublishedNamesMatchingTest {

    private static final List<RegionName> REGISTRY = RegistryFixture.registry();
    private static final RegionNameMatcher MATCHER = new RegionNameMatcher(REGISTRY);

    @Test
    void every_registry_name_matches_itself_exactly() {
        assertThat(REGISTRY).hasSize(514);
        assertThat(REGISTRY)
                .allSatisfy(region -> assertThat(MATCHER.match(region.name()))
                        .as(region.name())
                        .isEqualTo(new Exact(region)));
    }

    @Test
    void every_name_of_the_published_national_table_matches() {
        List<String> names = RegistryFixture.tsvColumn(TestData.NATIONAL_2024_PART_A, "KAB/KOTA");
        assertThat(names).hasSize(70);

        Map<String, MatchResult> notExact = nonExact(names);

        assertThat(names)
                .allSatisfy(
                        name -> assertThat(MATCHER.match(name)).as(name).isInstanceOfAny(Exact.class, Suggested.class));
        assertThat(notExact).containsOnlyKeys("KOTA BUKITINGGI");
    }

    @Test
    void letter_addressees_are_counted_by_outcome() {
        List<String> addressees = RegistryFixture.tsvColumn(TestData.LETTER_2024_ADDRESSEES, "addressee");
        assertThat(addressees).hasSize(191);

        Map<String, MatchResult> notExact = nonExact(addressees);
        long suggested =
                notExact.values().stream().filter(Suggested.class::isInstance).count();
        long unmatched =
                notExact.values().stream().filter(Unmatched.class::isInstance).count();
        notExact.forEach((input, result) -> System.out.println("letter addressee " + input + " -> " + result));

        assertThat(addressees.size() - notExact.size()).as("exact").isEqualTo(EXACT_LETTER);
        assertThat(suggested).as("suggested").isEqualTo(SUGGESTED_LETTER);
        assertThat(unmatched).as("unmatched").isEqualTo(UNMATCHED_LETTER);
        assertThat(notExact.get("Bupati Pematang")).isEqualTo(new Suggested(byName("Kabupaten Pemalang"), 1));
    }

    private static final int EXACT_LETTER = 190;
    private static final int SUGGESTED_LETTER = 1;
    private static final int UNMATCHED_LETTER = 0;

    private static Map<String, MatchResult> nonExact(List<String> inputs) {
        Map<String, MatchResult> notExact = new LinkedHashMap<>();
        for (String input : inputs) {
            MatchResult result = MATCHER.match(input);
            if (!(result instanceof Exact)) {
                notExact.put(input, result);
            }
        }
        return notExact;
    }

    private static RegionName byName(String name) {
        return REGISTRY.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
