package id.kotacerdas.shared.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The accounts a form assigns: those ticked in its list, then those typed (separated by commas or spaces), each
 * once, in that order.
 */
public final class TypedUsernames {

    private TypedUsernames() {}

    public static List<String> of(List<String> checked, String typed) {
        Set<String> wanted = new LinkedHashSet<>(checked == null ? List.of() : checked);
        if (typed != null) {
            Arrays.stream(typed.split("[,\\s]+"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(wanted::add);
        }
        return List.copyOf(wanted);
    }
}
