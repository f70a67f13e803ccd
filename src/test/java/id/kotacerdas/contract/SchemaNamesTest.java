package id.kotacerdas.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.shared.web.ApiController;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The contract names each body's schema by its Java type's simple name: two types of one name (a
 * {@code ScheduleRequest} of the periods and one of the interviews) would be documented as one, and a client
 * generated from it would send the wrong fields. Every type an API operation takes or returns has a name of its own
 * ({@code @Schema(name = ...)} where the simple name is taken), unless both are records of the same components.
 */
class SchemaNamesTest {

    @Test
    void no_two_types_the_api_takes_or_returns_share_a_schema_name() throws Exception {
        Map<String, Set<String>> typesByName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> controller : controllers()) {
            for (Method method : controller.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                walk(method.getGenericReturnType(), seen, typesByName);
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        walk(parameter.getParameterizedType(), seen, typesByName);
                    }
                }
            }
        }
        List<String> shared = new ArrayList<>();
        typesByName.forEach((name, types) -> {
            if (types.size() > 1) {
                shared.add(name + " " + types);
            }
        });

        assertThat(typesByName).hasSizeGreaterThan(50);
        assertThat(shared).as("schema names taken by more than one type").isEmpty();
    }

    private static List<Class<?>> controllers() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ApiController.class));
        List<Class<?>> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("id.kotacerdas")) {
            found.add(ClassUtils.forName(candidate.getBeanClassName(), SchemaNamesTest.class.getClassLoader()));
        }
        assertThat(found).hasSizeGreaterThan(30);
        return found;
    }

    /** A record by its components (two records of one shape may share a name: {@code Created(long id)}). */
    private static String shape(Class<?> cls) {
        if (!cls.isRecord()) {
            return cls.getName();
        }
        List<String> components = new ArrayList<>();
        for (RecordComponent component : cls.getRecordComponents()) {
            components.add(component.getGenericType().getTypeName() + " " + component.getName());
        }
        return cls.getSimpleName() + components;
    }

    private static void walk(Type type, Set<Class<?>> seen, Map<String, Set<String>> names) {
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), seen, names);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, seen, names);
            }
            return;
        }
        if (!(type instanceof Class<?> cls)) {
            return;
        }
        if (cls.isArray()) {
            walk(cls.getComponentType(), seen, names);
            return;
        }
        if (!cls.getName().startsWith("id.kotacerdas.") || !seen.add(cls)) {
            return;
        }
        Schema schema = cls.getAnnotation(Schema.class);
        String name = schema != null && !schema.name().isEmpty() ? schema.name() : cls.getSimpleName();
        names.computeIfAbsent(name, n -> new java.util.TreeSet<>()).add(shape(cls));
        if (cls.isRecord()) {
            for (RecordComponent component : cls.getRecordComponents()) {
                walk(component.getGenericType(), seen, names);
            }
        } else if (!cls.isEnum()) {
            for (Field field : cls.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    walk(field.getGenericType(), seen, names);
                }
            }
        }
    }
}
