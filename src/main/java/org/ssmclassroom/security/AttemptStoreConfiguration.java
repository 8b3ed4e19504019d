package org.ssmclassroom.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ssmclassroom.base.ClusterBus;

/** Guesses are counted in memory on one node, in the database when several nodes serve the classes. */
@Configuration
class AttemptStoreConfiguration {

    @Bean
    AttemptStore attemptStore(ClusterBus bus, JdbcClient jdbc) {
        return bus.severalNodes() ? new DatabaseAttemptStore(jdbc) : new MemoryAttemptStore();
    }
}
