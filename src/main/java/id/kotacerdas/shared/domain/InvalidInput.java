package id.kotacerdas.shared.domain;

/** The input breaks a rule, whatever the state (HTTP 400). {@code field} names the input when known. */
public class InvalidInput extends DomainException {

    private final String field;

    public InvalidInput(String field, String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
