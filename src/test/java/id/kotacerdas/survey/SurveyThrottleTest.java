package id.kotacerdas.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.TooManyRequests;
import org.junit.jupiter.api.Test;

class SurveyThrottleTest {

    @Test
    void an_address_over_its_limit_waits_and_other_addresses_do_not() {
        SurveyThrottle throttle = new SurveyThrottle(2, 100, 100);
        throttle.attempt("10.0.0.1", null);
        throttle.attempt("10.0.0.1", null);

        assertThatThrownBy(() -> throttle.attempt("10.0.0.1", null))
                .isInstanceOf(TooManyRequests.class)
                .satisfies(e ->
                        assertThat(((TooManyRequests) e).retryAfterSeconds()).isBetween(1L, 60L));
        throttle.attempt("10.0.0.2", null);
    }

    @Test
    void ipv6_addresses_in_one_slash_64_share_a_limit() {
        SurveyThrottle throttle = new SurveyThrottle(2, 100, 100);
        throttle.attempt("2001:db8:0:1::1", null);
        throttle.attempt("2001:db8:0:1:ffff:ffff:ffff:fffe", null);

        assertThatThrownBy(() -> throttle.attempt("2001:0db8:0000:0001:0:0:0:3", null))
                .isInstanceOf(TooManyRequests.class);
        throttle.attempt("2001:db8:0:2::1", null);
    }

    @Test
    void one_form_is_sent_a_few_times_at_most_from_any_address() {
        SurveyThrottle throttle = new SurveyThrottle(100, 100, 1);
        throttle.attempt("10.0.0.1", "token-a");

        assertThatThrownBy(() -> throttle.attempt("10.0.0.9", "token-a")).isInstanceOf(TooManyRequests.class);
        throttle.attempt("10.0.0.9", "token-b");
    }

    @Test
    void forms_handed_out_are_limited_per_address_group() {
        SurveyThrottle throttle = new SurveyThrottle(100, 1, 100);
        throttle.form("2001:db8:0:1::1");

        assertThatThrownBy(() -> throttle.form("2001:db8:0:1::2")).isInstanceOf(TooManyRequests.class);
        throttle.form("2001:db8:0:2::1");
    }
}
