package id.kotacerdas.shared.web;

import java.util.Arrays;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Arguments of a refusal as a reader sees them: an enum constant (a period status) is shown by its
 * translated name ({@code status.DRAFT} → "Draf"), or its code when the bundles do not name it.
 */
final class MessageArguments {

    private MessageArguments() {}

    static Object[] readable(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(a -> a instanceof Enum<?> e
                        ? new DefaultMessageSourceResolvable(new String[] {"status." + e.name()}, e.name())
                        : a)
                .toArray();
    }
}
