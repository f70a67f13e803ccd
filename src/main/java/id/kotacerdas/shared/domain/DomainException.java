package id.kotacerdas.shared.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule of the domain refused an action. Carries a message key (translated by the web layer from
 * the message bundles) with its arguments, and an English message for logs.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    protected DomainException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** Adds a machine-readable detail (e.g. the unanswered question numbers) to the refusal. */
    public DomainException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }
}
