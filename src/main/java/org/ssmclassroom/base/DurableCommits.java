package org.ssmclassroom.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes every commit reach the database file before the commit returns, so that whatever a screen shows as saved
 * survives a kill -9 of the server. H2 otherwise writes commits from a background thread up to a second later
 * (its {@code WRITE_DELAY}); with 0 each transaction's end writes the store. It is set in code, not in the URL, so
 * that a database URL given by an operator cannot lose it. See docs/adr/006-saved-means-saved.md.
 */
@Component
class DurableCommits implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            apply(dataSource);
        }
        return bean;
    }

    static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
            log.debug("H2 writes each commit to its file before the commit returns (WRITE_DELAY 0)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make commits durable: " + e.getMessage(), e);
        }
    }
}
