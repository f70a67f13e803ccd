package id.kotacerdas.shared.domain;

import java.util.List;

/**
 * A rule of the domain refused an action. Carries a message key (translated by the web layer from
 * the message bundles) with its arguments, and an English message for logs.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

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
}
