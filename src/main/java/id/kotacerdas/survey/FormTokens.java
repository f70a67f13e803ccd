package id.kotacerdas.survey;

import id.kotacerdas.survey.domain.AddressGroup;
import id.kotacerdas.survey.domain.FormClaims;
import id.kotacerdas.survey.domain.FormToken;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Issues and reads form tokens with the key kept in the database (the same on every instance and restart), and
 * hashes address groups with it: a response keeps only the hash of the group it came from.
 */
@Component
class FormTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyRepository repository;
    private final Clock clock;
    private volatile FormToken token;

    FormTokens(SurveyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A token for a form of the region, bound to one smart dimension or (null) to any, issued now. */
    String issue(int year, String region, String dimension) {
        return issue(year, region, dimension, clock.instant());
    }

    String issue(int year, String region, String dimension, Instant at) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String n = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return token().issue(new FormClaims(year, region, dimension, at, n));
    }

    Optional<FormClaims> read(String value) {
        return token().read(value);
    }

    /** The keyed hash of the client address's group (IPv4 address, IPv6 /64); the address is never stored. */
    String addressGroupHash(String address) {
        return token().hash("address-group", AddressGroup.of(address));
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
