package org.ssmclassroom.benchmark;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssmclassroom.reliability.ServerProcess;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.ClassroomPages;
import org.ssmclassroom.testing.LightTablet;

/**
 * On demand, on PostgreSQL: {@code SSM_TEST_DB_URL=… ./mvnw test -Dbenchmark.excluded=none
 * -Dtest=ClusterLatencyBenchmark [-Dbench.tablets=200 -Dbench.rounds=30]}. Two app nodes in their own JVMs on one
 * PostgreSQL database, {@code bench.tablets} tablets split across them, in classes of ten tables of five; one
 * light tablet in five (about one a table) edits every 4 s. At the measured table the writer (Chromium, node A) types; a teammate's
 * Chromium tablet on node A (same node) and one on node B (across nodes) time it to visible, against a bare Vaadin
 * push on each node in the same run. Then the same load on one node with H2. Every other tablet is a
 * {@link LightTablet}: it joined through the pages, opened its board and edits through the views, without push.
 */
@Tag("benchmark")
class ClusterLatencyBenchmark {

    private static final int TABLETS = Integer.getInteger("bench.tablets", 200);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final int TABLES = 10;
    private static final int PER_TABLE = 5;

    @TempDir
    Path data;

    record Result(List<Long> sameNode, List<Long> crossNode, List<Long> pushA, List<Long> pushB) {}

    @Test
    void editsReachTabletsOnTheOtherNodeQuickly() throws Exception {
        Assumptions.assumeTrue(
                ServerProcess.POSTGRESQL.startsWith("jdbc:postgresql:"), "needs PostgreSQL: set SSM_TEST_DB_URL");
        Result cluster;
        try (ServerProcess a = ServerProcess.in(data.resolve("a"), ServerProcess.node("a"))
                        .start();
                ServerProcess b = ServerProcess.in(data.resolve("b"), ServerProcess.node("b"))
                        .start()) {
            cluster = run(a, b);
        }
        Result single;
        try (ServerProcess s = ServerProcess.in(data.resolve("s"), Map.of()).start()) { // H2 in its folder
            single = run(s, s);
        }
        report(cluster, single);
    }

    private Result run(ServerProcess a, ServerProcess b) throws Exception {
        ScheduledExecutorService edits = Executors.newScheduledThreadPool(4);
        try (Browser browser = Browser.launch()) {
            Page console = ClassroomPages.signIn(browser, a.url(""), ServerProcess.INSTRUCTOR, ServerProcess.PASSWORD);
            List<String> codes = new ArrayList<>();
            for (int c = 0; c < (TABLETS + TABLES * PER_TABLE - 1) / (TABLES * PER_TABLE); c++) {
                codes.add(createClass(console, "Class " + (c + 1)));
            }
            Page writer = ClassroomPages.join(browser, a.url(""), codes.getFirst(), "Writer", 1);
            Page sameNode = ClassroomPages.join(browser, a.url(""), codes.getFirst(), "Same node", 1);
            Page crossNode = ClassroomPages.join(browser, b.url(""), codes.getFirst(), "Other node", 1);
            List<LightTablet> lights = joinLights(a, b, codes, TABLETS - 3);
            writer.navigate(a.url("/board"));
            sameNode.navigate(a.url("/board"));
            crossNode.navigate(b.url("/board"));
            for (Page page : List.of(writer, sameNode, crossNode)) {
                page.waitForSelector("[data-field='customer']");
            }
            Page echoA = echo(browser, a);
            Page echoB = echo(browser, b);
            LightTablet sendA = new LightTablet(a.url(""));
            LightTablet sendB = new LightTablet(b.url(""));
            for (int i = 0; i < lights.size(); i += PER_TABLE) {
                LightTablet recorder = lights.get(i);
                edits.scheduleWithFixedDelay(
                        () -> {
                            try {
                                recorder.fill("Competitors", "bg " + System.nanoTime());
                            } catch (Exception busy) {
                                // a background edit that failed does not count; the next one goes on
                            }
                        },
                        ThreadLocalRandom.current().nextInt(4000),
                        4000,
                        TimeUnit.MILLISECONDS);
            }
            Result result = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int round = -2; round < ROUNDS; round++) {
                String stamp = "customer " + round;
                long[] seen = measure(
                        List.of(sameNode, crossNode),
                        "[data-field='customer'] textarea",
                        stamp,
                        () -> writer.evaluate(BoardLatencyBenchmark.TYPE, stamp));
                String toA = "echo-a" + round;
                String toB = "echo-b" + round;
                long pushA = measure(List.of(echoA), "#echo", toA, () -> open(sendA, "/bench-echo-send/" + toA))[0];
                long pushB = measure(List.of(echoB), "#echo", toB, () -> open(sendB, "/bench-echo-send/" + toB))[0];
                if (round >= 0) { // two warm-up rounds (JIT) are not counted
                    result.sameNode().add(seen[0]);
                    result.crossNode().add(seen[1]);
                    result.pushA().add(pushA);
                    result.pushB().add(pushB);
                }
            }
            return result;
        } finally {
            edits.shutdownNow();
            edits.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** Light tablets: every class's tables filled in turn, table by table on alternating nodes. */
    private static List<LightTablet> joinLights(ServerProcess a, ServerProcess b, List<String> codes, int count)
            throws Exception {
        List<LightTablet> lights = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int seat = i + 3; // the measured table's first three seats are the Chromium tablets
            String code = codes.get(seat / (TABLES * PER_TABLE));
            int table = 1 + (seat % (TABLES * PER_TABLE)) / PER_TABLE;
            LightTablet tablet = LightTablet.join((i % 2 == 0 ? a : b).url(""), code, "Light " + i, table);
            tablet.open("/board");
            lights.add(tablet);
        }
        return lights;
    }

    private static void open(LightTablet sender, String path) {
        try {
            sender.open(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds from the action until each page shows the expected text. */
    private static long[] measure(List<Page> pages, String selector, String expected, Runnable action) {
        for (Page page : pages) {
            page.evaluate(BoardLatencyBenchmark.WATCH, List.of(selector, property(selector), expected));
        }
        long t0 = System.currentTimeMillis();
        action.run();
        long[] took = new long[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).waitForFunction("() => window.$seen !== null");
            took[i] = ((Number) pages.get(i).evaluate("() => window.$seen")).longValue() - t0;
        }
        return took;
    }

    /** A class of ten tables on exercise 2; its join code. */
    private static String createClass(Page console, String name) {
        console.navigate(console.url().replaceAll("/workshops.*$", "/workshops"));
        String code = ClassroomPages.createWorkshop(console, name, TABLES);
        ClassroomPages.openExerciseTwo(console);
        return code;
    }

    private static String property(String selector) {
        return selector.endsWith("textarea") ? "value" : "textContent";
    }

    private static Page echo(Browser browser, ServerProcess node) {
        Page page = browser.newPage(400, 300, "en-GB");
        page.navigate(node.url("/bench-echo"));
        page.waitForSelector("#echo");
        return page;
    }

    private static void report(Result cluster, Result single) throws Exception {
        String text = String.format(
                """
                        Cluster latency benchmark: %d tablets (3 Chromium + %d light tablets) in classes of %d tables of %d,
                        one light tablet in five editing every 4 s, %d counted rounds after 2 warm-up rounds, one 2-core machine
                          two nodes on PostgreSQL (LISTEN/NOTIFY), tablets split across them:
                            edit -> visible, teammate on the same node:  p50 %d ms, p95 %d ms, max %d ms
                            edit -> visible, teammate on the other node: p50 %d ms, p95 %d ms, max %d ms
                            bare Vaadin push, node A: p50 %d ms, p95 %d ms; node B: p50 %d ms, p95 %d ms
                            ratio p95 cross-node / p95 bare push (the slower node's): %.1f
                          one node on H2, the same load:
                            edit -> visible, teammate: p50 %d ms, p95 %d ms, max %d ms
                            bare Vaadin push: p50 %d ms, p95 %d ms
                        """,
                TABLETS,
                TABLETS - 3,
                TABLES,
                PER_TABLE,
                ROUNDS,
                p(cluster.sameNode(), 50),
                p(cluster.sameNode(), 95),
                Collections.max(cluster.sameNode()),
                p(cluster.crossNode(), 50),
                p(cluster.crossNode(), 95),
                Collections.max(cluster.crossNode()),
                p(cluster.pushA(), 50),
                p(cluster.pushA(), 95),
                p(cluster.pushB(), 50),
                p(cluster.pushB(), 95),
                (double) p(cluster.crossNode(), 95)
                        / Math.max(1, Math.max(p(cluster.pushA(), 95), p(cluster.pushB(), 95))),
                p(single.sameNode(), 50),
                p(single.sameNode(), 95),
                Collections.max(single.sameNode()),
                p(single.pushA(), 50),
                p(single.pushA(), 95));
        System.out.println(text);
        Path out = Path.of("target", "benchmarks", "cluster-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    private static long p(List<Long> values, int percentile) {
        return ClockLatencyBenchmark.percentile(values, percentile);
    }
}
