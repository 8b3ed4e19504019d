package org.ssmclassroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes' buses on one PostgreSQL database: they hear each other, not themselves, and recover a lost line. */
class PostgresClusterBusTest {

    private static final String DB = System.getenv().getOrDefault("SSM_TEST_DB_URL", "");

    @Test
    void aNodeHearsTheOtherAndAfterLosingItsConnectionListensAgainAndReReads() throws Exception {
        Assumptions.assumeTrue(DB.startsWith("jdbc:postgresql:"), "needs PostgreSQL: set SSM_TEST_DB_URL");
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(DB);
        database.setUser(System.getenv().getOrDefault("SSM_TEST_DB_USER", ""));
        database.setPassword(System.getenv().getOrDefault("SSM_TEST_DB_PASSWORD", ""));
        try (PostgresClusterBus a = new PostgresClusterBus(database);
                PostgresClusterBus b = new PostgresClusterBus(database)) {
            BlockingQueue<ClusterBus.Announcement> heardByA = new LinkedBlockingQueue<>();
            BlockingQueue<ClusterBus.Announcement> heardByB = new LinkedBlockingQueue<>();
            a.on("board", heardByA::add);
            b.on("board", heardByB::add);
            CountDownLatch reread = new CountDownLatch(1);
            b.onMissed(reread::countDown);
            Thread.sleep(1000); // both listening

            a.announce("board", "42", "detail");
            ClusterBus.Announcement heard = heardByB.poll(5, TimeUnit.SECONDS);
            assertThat(heard).isNotNull();
            assertThat(heard.key()).isEqualTo("42");
            assertThat(heard.detail()).isEqualTo("detail");
            assertThat(heardByA.poll(500, TimeUnit.MILLISECONDS))
                    .as("a node does not hear itself")
                    .isNull();

            JdbcClient.create(database)
                    .sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN ssm_live'")
                    .query()
                    .listOfRows();
            assertThat(reread.await(10, TimeUnit.SECONDS))
                    .as("re-read after the lost connection")
                    .isTrue();
            a.announce("board", "43", "");
            assertThat(heardByB.poll(5, TimeUnit.SECONDS)).isNotNull();
        }
    }
}
