package id.kotacerdas.survey;

import id.kotacerdas.survey.domain.FormToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and reads form tokens with the key kept in the database (the same on every instance and restart). */
@Component
class FormTokens {

    private final SurveyRepository repository;
    private final Clock clock;
    private volatile FormToken token;

    FormTokens(SurveyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    String issue() {
        return token().issue(clock.instant());
    }

    Optional<Instant> issuedAt(String value) {
        return token().issuedAt(value);
    }

    private FormToken token() {
        FormToken current = token;
        if (current == null) {
            current = new FormToken(repository.formKey());
            token = current;
        }
        return current;
    }
}
