package org.ssmclassroom.base;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One node (the default) or several: with {@code ssm.cluster.enabled=true} the nodes share a PostgreSQL database
 * and hear each other's changes through it. Nothing else is to be configured for one node.
 */
@Configuration
class ClusterConfiguration {

    @Bean
    ClusterBus clusterBus(@Value("${ssm.cluster.enabled:false}") boolean cluster, DataSource dataSource)
            throws java.sql.SQLException {
        if (!cluster) {
            return ClusterBus.SINGLE_NODE;
        }
        try (var connection = dataSource.getConnection()) {
            String database = connection.getMetaData().getDatabaseProductName();
            if (!"PostgreSQL".equals(database)) {
                throw new IllegalStateException(
                        "ssm.cluster.enabled needs PostgreSQL (SSM_DB_URL=jdbc:postgresql://…)," + " not " + database);
            }
        }
        return new PostgresClusterBus(dataSource);
    }
}
