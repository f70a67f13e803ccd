package id.kotacerdas.shared.domain;

/** The caller may not see or change this region's data (HTTP 403). */
public class Forbidden extends DomainException {
    public Forbidden(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
