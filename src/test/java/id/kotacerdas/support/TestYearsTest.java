package id.kotacerdas.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tests' evaluation years are allocated once, in {@link TestYears}, and never shared. */
class TestYearsTest {

    private static final Path TEST_SOURCES = Path.of("src/test/java");
    /** Where years may be written: the allocation and this test of it. */
    private static final Set<String> ALLOCATION = Set.of("TestYears.java", "TestYearsTest.java");

    /**
     * A year of the ranges tests use (2002-2016, before the programme's first cohort of 2017, and 2030-2099) typed
     * as a number, not part of a longer one.
     */
    private static final Pattern TYPED_YEAR = Pattern.compile("(?<![0-9])(20[3-9][0-9]|200[2-9]|201[0-6])(?![0-9])");
    /** From here on every year is the tests' (below it only the allocated ones: other tests type masterplan years). */
    private static final int RESERVED_FROM = 2040;

    @Test
    void no_two_tests_share_a_year() throws IllegalAccessException {
        Map<Integer, List<String>> byYear = new TreeMap<>();
        for (Map.Entry<String, Integer> year : years().entrySet()) {
            byYear.computeIfAbsent(year.getValue(), y -> new ArrayList<>()).add(year.getKey());
        }
        assertThat(byYear.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(e -> e.getKey() + " is given to " + String.join(" and ", e.getValue())))
                .as("years given to more than one test")
                .isEmpty();
    }

    @Test
    void every_year_lies_beyond_any_real_period() throws IllegalAccessException {
        // 2100, the last year a period accepts, is allocated too (tests type it as the bound, not as a period)
        assertThat(years())
                .isNotEmpty()
                .allSatisfy((name, year) -> assertThat(year >= 2030 && year <= 2100 || year >= 2002 && year <= 2016)
                        .as(name + " = " + year + " lies in 2002-2016 or 2030-2100")
                        .isTrue());
    }

    @Test
    void no_test_types_a_year_by_hand() throws IOException, IllegalAccessException {
        Set<Integer> allocated = Set.copyOf(years().values());
        List<String> typed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !ALLOCATION.contains(p.getFileName().toString()))
                    .sorted()
                    .toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher year = TYPED_YEAR.matcher(lines.get(i));
                    while (year.find()) {
                        int value = Integer.parseInt(year.group());
                        if (value < RESERVED_FROM && !allocated.contains(value)) {
                            continue;
                        }
                        typed.add(TEST_SOURCES.relativize(source) + ":" + (i + 1) + ": " + year.group());
                    }
                }
            }
        }
        assertThat(typed)
                .as("years typed by hand instead of taken from TestYears")
                .isEmpty();
    }

    /** Every constant of {@link TestYears}, by name. */
    private static Map<String, Integer> years() throws IllegalAccessException {
        Map<String, Integer> years = new TreeMap<>();
        for (Field field : TestYears.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == int.class) {
                years.put(field.getName(), field.getInt(null));
            }
        }
        return years;
    }
}
