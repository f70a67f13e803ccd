package id.kotacerdas.shared.domain;

/** The caller sent too many requests in a short time (HTTP 429); it may retry after {@code retryAfterSeconds}. */
public class TooManyRequests extends DomainException {

    private final long retryAfterSeconds;

    public TooManyRequests(String messageKey, String englishMessage, long retryAfterSeconds) {
        super(messageKey, englishMessage, retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Kind kind() {
        return Kind.TOO_MANY_REQUESTS;
    }
}
