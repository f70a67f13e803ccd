package id.kotacerdas.access;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The routes the application maps, as "METHOD /pattern", for the tests that list every route with its rule. */
final class MappedRoutes {

    private MappedRoutes() {}

    /** Every mapped route whose pattern {@code matches}; a handler for every method shows as "ANY /pattern". */
    static Set<String> of(RequestMappingHandlerMapping mappings, Predicate<String> matches) {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(matches)
                        .forEach(p -> {
                            if (info.getMethodsCondition().getMethods().isEmpty()) {
                                mapped.add("ANY " + p); // a handler for every method: it needs rows of its own
                            }
                            info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + p));
                        }));
        return mapped;
    }
}
