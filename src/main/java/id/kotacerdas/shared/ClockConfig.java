package id.kotacerdas.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates of the evaluation (openings, deadlines) are days in Western Indonesian Time. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Bean
    Clock clock() {
        return Clock.system(JAKARTA);
    }
}
