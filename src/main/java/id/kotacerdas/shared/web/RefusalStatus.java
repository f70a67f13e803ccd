package id.kotacerdas.shared.web;

import id.kotacerdas.shared.domain.DomainException;
import org.springframework.http.HttpStatus;

/** The one mapping of a refusal's kind to the HTTP status that answers it, for the API and the pages alike. */
public final class RefusalStatus {

    private RefusalStatus() {}

    public static HttpStatus of(DomainException e) {
        return switch (e.kind()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }
}
