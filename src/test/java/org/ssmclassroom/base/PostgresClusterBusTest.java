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

    record Board(long value) {}

    record Detail(String exercise, java.util.List<String> names) {}

    record Heard(Board key, Detail detail) {}

    private static final LiveTopic<Board, Detail> BOARDS = new LiveTopic<>("board", Board.class, Detail.class);

    private static final String DB = System.getenv().getOrDefault("SSM_TEST_DB_URL", "");

    @Test
    void aNodeHearsTheOthersTypedAnnouncementsAndAfterLosingItsConnectionListensAgainAndReReads() throws Exception {
        Assumptions.assumeTrue(DB.startsWith("jdbc:postgresql:"), "needs PostgreSQL: set SSM_TEST_DB_URL");
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(DB);
        database.setUser(System.getenv().getOrDefault("SSM_TEST_DB_USER", ""));
        database.setPassword(System.getenv().getOrDefault("SSM_TEST_DB_PASSWORD", ""));
        try (PostgresClusterBus a = new PostgresClusterBus(database);
                PostgresClusterBus b = new PostgresClusterBus(database)) {
            BlockingQueue<Heard> heardByA = new LinkedBlockingQueue<>();
            BlockingQueue<Heard> heardByB = new LinkedBlockingQueue<>();
            a.on(BOARDS, (key, detail) -> heardByA.add(new Heard(key, detail)));
            b.on(BOARDS, (key, detail) -> heardByB.add(new Heard(key, detail)));
            CountDownLatch reread = new CountDownLatch(1);
            b.onMissed(reread::countDown);
            Thread.sleep(1000); // both listening

            Detail detail = new Detail("ex2", java.util.List.of("Mei|Ana", "a\u001Fb", "说明"));
            a.announce(BOARDS, new Board(42), detail);
            Heard heard = heardByB.poll(5, TimeUnit.SECONDS);
            assertThat(heard).isEqualTo(new Heard(new Board(42), detail));
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
            a.announce(BOARDS, new Board(43), null);
            assertThat(heardByB.poll(5, TimeUnit.SECONDS)).isEqualTo(new Heard(new Board(43), null));
        }
    }
}
