package id.kotacerdas.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormTokenTest {

    private final FormToken tokens = new FormToken("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void a_token_tells_when_its_form_was_handed_out() {
        Instant issued = Instant.parse("2026-11-25T02:00:00Z");

        assertThat(tokens.issuedAt(tokens.issue(issued))).contains(issued);
    }

    @Test
    void a_token_with_an_earlier_time_or_another_key_is_not_accepted() {
        String token = tokens.issue(Instant.parse("2026-11-25T02:00:00Z"));
        String backdated = "1700000000" + token.substring(token.indexOf('.'));

        assertThat(tokens.issuedAt(backdated)).isEmpty();
        assertThat(new FormToken("another-key-another-key-another-k".getBytes()).issuedAt(token))
                .isEmpty();
        assertThat(tokens.issuedAt("garbage")).isEmpty();
    }
}
