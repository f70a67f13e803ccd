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

    /** What kind of refusal this is; the web layer maps each kind to one HTTP status, in one place. */
    public enum Kind {
        /** The input breaks a rule, whatever the state (400). */
        INVALID_INPUT,
        /** The caller may not see or change this (403). */
        FORBIDDEN,
        /** No such thing (404). */
        NOT_FOUND,
        /** Not allowed in the current state, or based on a stale version (409). */
        CONFLICT,
        /** Too many requests in a short time (429). */
        TOO_MANY_REQUESTS
    }

    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    protected DomainException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public abstract Kind kind();

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
