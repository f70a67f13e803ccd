package id.kotacerdas.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work, such as the survey tallies catching up with new responses. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
