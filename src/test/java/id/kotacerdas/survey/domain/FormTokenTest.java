package id.kotacerdas.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.support.TestYears;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-11-25T02:00:00Z");
    private static final Duration MINIMUM = Duration.ofSeconds(20);
    private static final Duration VALID = Duration.ofHours(6);

    private final FormToken tokens = new FormToken("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void a_token_tells_which_form_was_handed_out_when() {
        FormClaims claims = new FormClaims(TestYears.SURVEY_INTEGRITY, "51.03", "GOVERNANCE", ISSUED, "n1");

        assertThat(tokens.read(tokens.issue(claims))).contains(claims);
        FormClaims any = new FormClaims(TestYears.SURVEY_INTEGRITY, "51.03", null, ISSUED, "n2");
        assertThat(tokens.read(tokens.issue(any))).contains(any);
    }

    @Test
    void a_changed_token_or_one_of_another_key_is_not_accepted() {
        String token = tokens.issue(new FormClaims(TestYears.SURVEY_INTEGRITY, "51.03", "GOVERNANCE", ISSUED, "n1"));
        String other = tokens.issue(new FormClaims(TestYears.SURVEY_INTEGRITY, "51.71", "GOVERNANCE", ISSUED, "n1"));
        String forged = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));

        assertThat(tokens.read(forged)).isEmpty();
        assertThat(new FormToken("another-key-another-key-another-k".getBytes()).read(token))
                .isEmpty();
        assertThat(tokens.read("garbage")).isEmpty();
        assertThat(tokens.read("1700000000.abc")).isEmpty();
    }

    @Test
    void a_token_counts_between_its_minimum_age_and_its_expiry_for_its_own_form_only() {
        String token = tokens.issue(new FormClaims(TestYears.SURVEY_INTEGRITY, "51.03", "GOVERNANCE", ISSUED, "n1"));

        assertThat(check(token, "51.03", "GOVERNANCE", ISSUED.plusSeconds(20)).nonce())
                .isEqualTo("n1");
        assertThat(refusal(token, "51.03", "GOVERNANCE", ISSUED.plusSeconds(5))).isEqualTo("survey.formToken.tooYoung");
        assertThat(refusal(token, "51.03", "GOVERNANCE", ISSUED.plus(VALID).plusSeconds(1)))
                .isEqualTo("survey.formToken.expired");
        assertThat(refusal(token, "51.71", "GOVERNANCE", ISSUED.plusSeconds(60)))
                .isEqualTo("survey.formToken.otherForm");
        assertThat(refusal(token, "51.03", "BRANDING", ISSUED.plusSeconds(60))).isEqualTo("survey.formToken.otherForm");
        assertThat(refusal(null, "51.03", "GOVERNANCE", ISSUED.plusSeconds(60))).isEqualTo("survey.formToken.missing");
        assertThat(refusal("x.y", "51.03", "GOVERNANCE", ISSUED.plusSeconds(60)))
                .isEqualTo("survey.formToken.invalid");
    }

    private FormClaims check(String token, String region, String dimension, Instant now) {
        return FormTokenRules.check(
                token, tokens.read(token), TestYears.SURVEY_INTEGRITY, region, dimension, now, MINIMUM, VALID);
    }

    private String refusal(String token, String region, String dimension, Instant now) {
        try {
            check(token, region, dimension, now);
        } catch (InvalidInput e) {
            return e.messageKey();
        }
        assertThatThrownBy(() -> {}).as("refused").isNotNull();
        return null;
    }

    @Test
    void an_address_group_is_the_ipv4_address_or_the_ipv6_slash_64() {
        assertThat(AddressGroup.of("203.0.113.7")).isEqualTo("v4:203.0.113.7");
        assertThat(AddressGroup.of("::ffff:203.0.113.7")).isEqualTo("v4:203.0.113.7");
        assertThat(AddressGroup.of("2001:db8:0:1::1")).isEqualTo(AddressGroup.of("2001:db8:0:1:8000::9"));
        assertThat(AddressGroup.of("2001:db8:0:1::1")).isNotEqualTo(AddressGroup.of("2001:db8:0:2::1"));
        assertThat(AddressGroup.of("example.org")).startsWith("other:");
    }
}
