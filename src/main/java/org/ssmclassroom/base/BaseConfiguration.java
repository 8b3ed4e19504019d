package org.ssmclassroom.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BaseConfiguration {

    /** The one source of time; tests replace it to drive timers deterministically. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
