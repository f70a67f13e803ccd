package id.kotacerdas.survey.web;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.UUID;

/** The Idempotency-Key header of a survey response: a UUID, or null when missing (the use case refuses that). */
final class IdempotencyKeys {

    private IdempotencyKeys() {}

    static UUID parse(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(key.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Idempotency-Key", "survey.key.invalid", "Idempotency-Key must be a UUID");
        }
    }
}
