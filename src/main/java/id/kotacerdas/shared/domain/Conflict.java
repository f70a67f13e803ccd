package id.kotacerdas.shared.domain;

/** The action is not allowed in the current state (HTTP 409). */
public class Conflict extends DomainException {
    public Conflict(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
