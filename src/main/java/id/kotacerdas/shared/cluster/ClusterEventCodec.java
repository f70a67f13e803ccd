package id.kotacerdas.shared.cluster;

import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ClusterEvent} as a notification's text: {@code origin|class|component|...}, each part URL-encoded.
 * Only classes that are records implementing {@link ClusterEvent} are ever instantiated from a message.
 */
final class ClusterEventCodec {

    /** A decoded notification: the instance that sent it and its event. */
    record Message(String origin, ClusterEvent event) {}

    private ClusterEventCodec() {}

    static String encode(String origin, ClusterEvent event) {
        if (!(event instanceof Record record)) {
            throw new IllegalArgumentException("A cluster event must be a record: " + event.getClass());
        }
        List<String> parts = new ArrayList<>();
        parts.add(origin);
        parts.add(event.getClass().getName());
        try {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                c.getAccessor().setAccessible(true);
                parts.add(String.valueOf(c.getAccessor().invoke(record)));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return String.join(
                "|",
                parts.stream()
                        .map(p -> URLEncoder.encode(p, StandardCharsets.UTF_8))
                        .toList());
    }

    /** The message, or empty when it is not one this application can read (another version, a stray NOTIFY). */
    static Optional<Message> decode(String payload, ClassLoader loader) {
        String[] parts = payload.split("\\|", -1);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName(decoded(parts[1]), false, loader);
            if (!type.isRecord() || !ClusterEvent.class.isAssignableFrom(type)) {
                return Optional.empty();
            }
            RecordComponent[] components = type.getRecordComponents();
            if (components.length != parts.length - 2) {
                return Optional.empty();
            }
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = value(types[i], decoded(parts[i + 2]));
            }
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return Optional.of(new Message(decoded(parts[0]), (ClusterEvent) constructor.newInstance(values)));
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Object value(Class<?> type, String text) {
        if (type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == long.class) {
            return Long.parseLong(text);
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(text);
        }
        if (type == String.class) {
            return text;
        }
        throw new IllegalArgumentException("Unsupported component type " + type);
    }

    private static String decoded(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
