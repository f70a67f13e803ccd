package id.kotacerdas.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void a_failed_notice_is_tried_again_after_1_5_and_30_minutes_and_2_hours_then_given_up() {
        assertThat(RetrySchedule.after(1)).contains(Duration.ofMinutes(1));
        assertThat(RetrySchedule.after(2)).contains(Duration.ofMinutes(5));
        assertThat(RetrySchedule.after(3)).contains(Duration.ofMinutes(30));
        assertThat(RetrySchedule.after(4)).contains(Duration.ofHours(2));
        assertThat(RetrySchedule.after(5)).isEmpty();
        assertThat(RetrySchedule.MAX_ATTEMPTS).isEqualTo(5);
        assertThatThrownBy(() -> RetrySchedule.after(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
