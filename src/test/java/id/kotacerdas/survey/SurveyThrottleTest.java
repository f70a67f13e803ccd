package id.kotacerdas.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.TooManyRequests;
import org.junit.jupiter.api.Test;

class SurveyThrottleTest {

    @Test
    void an_address_over_its_limit_waits_and_other_addresses_do_not() {
        SurveyThrottle throttle = new SurveyThrottle(2, 100);
        throttle.attempt("10.0.0.1", null);
        throttle.attempt("10.0.0.1", null);

        assertThatThrownBy(() -> throttle.attempt("10.0.0.1", null))
                .isInstanceOf(TooManyRequests.class)
                .satisfies(e ->
                        assertThat(((TooManyRequests) e).retryAfterSeconds()).isBetween(1L, 60L));
        throttle.attempt("10.0.0.2", null);
    }

    @Test
    void a_device_over_its_limit_is_refused_on_any_address() {
        SurveyThrottle throttle = new SurveyThrottle(100, 1);
        throttle.attempt("10.0.0.1", "device-a");

        assertThatThrownBy(() -> throttle.attempt("10.0.0.9", "device-a")).isInstanceOf(TooManyRequests.class);
        throttle.attempt("10.0.0.9", "device-b");
    }
}
