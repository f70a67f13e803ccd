package id.kotacerdas.shared.domain;

/** No such thing (HTTP 404). */
public class NotFound extends DomainException {
    public NotFound(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
