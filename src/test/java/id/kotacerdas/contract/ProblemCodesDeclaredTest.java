package id.kotacerdas.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every API operation says which refusal {@code code}s it answers with beyond those every operation shares: each
 * handler carries {@link ProblemCodes} (an empty one says "none beyond the generic"), and one whose path names
 * something (a year, a region code, an id…) lists what is not found by it, unless it says it has nothing of its
 * own. An operation added without that decision fails here, naming it.
 */
class ProblemCodesDeclaredTest {

    /** An API operation: its controller's and method's names, and its path. */
    record Handler(Class<?> controller, Method method, String path) {

        @Override
        public String toString() {
            return controller.getSimpleName() + "." + method.getName() + " (" + path + ")";
        }

        ProblemCodes own() {
            return method.getAnnotation(ProblemCodes.class);
        }

        List<String> notFound() {
            List<String> codes = new ArrayList<>();
            ProblemCodes shared = AnnotatedElementUtils.findMergedAnnotation(controller, ProblemCodes.class);
            if (shared != null) {
                codes.addAll(List.of(shared.notFound()));
            }
            if (own() != null) {
                codes.addAll(List.of(own().notFound()));
            }
            return codes;
        }

        boolean namesSomething() {
            return path.contains("{");
        }

        /** {@code @ProblemCodes} with nothing in it: the operation has no codes beyond the generic ones. */
        boolean declaresNone() {
            ProblemCodes codes = own();
            return codes != null
                    && Stream.of(
                                    codes.invalidInput(),
                                    codes.forbidden(),
                                    codes.notFound(),
                                    codes.conflict(),
                                    codes.contentTooLarge(),
                                    codes.tooManyRequests())
                            .allMatch(list -> list.length == 0);
        }
    }

    @Test
    void every_api_operation_decides_which_codes_it_refuses_with() {
        assertThat(handlers()).hasSizeGreaterThan(150);
        assertThat(handlers())
                .as("API operations without @ProblemCodes (an empty one says: nothing beyond the generic codes)")
                .filteredOn(handler -> handler.own() == null)
                .isEmpty();
    }

    @Test
    void an_operation_naming_something_in_its_path_says_what_is_not_found_by_it() {
        assertThat(handlers())
                .as("operations with a path variable, no notFound code and no empty @ProblemCodes saying so")
                .filteredOn(Handler::namesSomething)
                .filteredOn(handler -> handler.notFound().isEmpty() && !handler.declaresNone())
                .isEmpty();
    }

    static List<Handler> handlers() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ApiController.class));
        List<Handler> handlers = new ArrayList<>();
        scanner.findCandidateComponents("id.kotacerdas").forEach(candidate -> {
            Class<?> controller =
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), ClassUtils.getDefaultClassLoader());
            String base = first(AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class));
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping != null) {
                    handlers.add(new Handler(controller, method, base + first(mapping)));
                }
            }
        });
        return handlers;
    }

    private static String first(RequestMapping mapping) {
        return mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0];
    }
}
