package org.ssmclassroom.benchmark;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/**
 * On demand, not in {@code ./mvnw verify}: {@code ./mvnw test -Dbenchmark.excluded=none -Dtest=ClockLatencyBenchmark}.
 * Twelve real Chromium tablets at one workshop; the time from "start clock" to the countdown visible on every
 * tablet, against a bare Vaadin push to the same twelve pages measured in the same run.
 */
@Tag("benchmark")
@AppTest
class ClockLatencyBenchmark {

    private static final int TABLETS = Integer.getInteger("bench.tablets", 12);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final String RECORD = """
            (selector) => { window.$seen = null; const check = () => {
              if (window.$seen === null && document.querySelector(selector)) window.$seen = Date.now(); };
              new MutationObserver(check).observe(document.body, {subtree: true, childList: true, attributes: true,
                characterData: true}); }""";

    @Autowired
    WorkshopService service;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @LocalServerPort
    int port;

    @Test
    void startClockReachesEveryTabletQuickly() throws Exception {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(service, 2);
        steering.openExercise(workshop, "ex1", Set.of());
        try (Browser browser = Browser.launch()) {
            List<Page> tablets = new ArrayList<>();
            List<Page> echoes = new ArrayList<>();
            for (int i = 0; i < TABLETS; i++) {
                DeviceToken device = DeviceToken.random();
                Workshops.join(service, trainees, workshop, device, "Trainee " + i, i % 2);
                Page tablet = browser.newPage(1024, 768, "en-GB");
                tablet.context()
                        .addCookies(
                                List.of(new Cookie("ssm-device", device.value()).setUrl("http://localhost:" + port)));
                tablet.navigate("http://localhost:" + port + "/table");
                tablet.waitForSelector(".clock");
                tablets.add(tablet);
                Page echo = browser.newPage(400, 300, "en-GB");
                echo.navigate("http://localhost:" + port + "/bench-echo");
                echo.waitForSelector("#echo");
                echoes.add(echo);
            }
            List<Long> clockAll = new ArrayList<>();
            List<Long> echoAll = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                String stamp = "round-" + round;
                echoAll.add(bareEcho(echoes, stamp));
                clockAll.add(measure(tablets, null, ".clock[data-state='running']", null, () -> {
                    long t0 = System.currentTimeMillis();
                    steering.startClock(workshop, Set.of(), Duration.ofMinutes(20));
                    return t0;
                }));
                steering.endClock(workshop, Set.of());
                for (Page tablet : tablets) {
                    tablet.waitForSelector(".clock[data-state='ended']");
                }
            }
            report(clockAll, echoAll);
        }
    }

    /** The same-run baseline: milliseconds from a bare Vaadin push of {@code stamp} until every echo page shows it. */
    static long bareEcho(List<Page> echoes, String stamp) {
        return measure(
                echoes,
                "(s) => { const el = document.getElementById('echo'); return el && el.textContent === s; }",
                "#echo",
                stamp,
                () -> {
                    long t0 = System.currentTimeMillis();
                    PushEchoView.broadcast(stamp);
                    return t0;
                });
    }

    /** Milliseconds from the action until every page shows its effect. */
    static long measure(List<Page> pages, String textCheck, String selector, String stamp, LongSupplier action) {
        for (Page page : pages) {
            if (textCheck == null) {
                page.evaluate(RECORD, selector);
            } else {
                page.evaluate("""
                        (s) => { window.$seen = null; const el = document.getElementById('echo');
                          new MutationObserver(() => { if (window.$seen === null && el.textContent === s)
                            window.$seen = Date.now(); }).observe(el, {subtree: true, childList: true,
                            characterData: true}); }""", stamp);
            }
        }
        long t0 = action.getAsLong();
        long last = 0;
        for (Page page : pages) {
            page.waitForFunction("() => window.$seen !== null");
            last = Math.max(last, ((Number) page.evaluate("() => window.$seen")).longValue());
        }
        return last - t0;
    }

    private static void report(List<Long> clock, List<Long> echo) throws Exception {
        String text = String.format(
                """
                        Clock latency benchmark: %d tablets in Debian Chromium, %d rounds, one machine
                          start clock -> countdown visible on every tablet: p50 %d ms, p95 %d ms, max %d ms
                          baseline bare Vaadin push to every page:           p50 %d ms, p95 %d ms, max %d ms
                          ratio p95 clock / p95 baseline: %.1f
                        """,
                TABLETS,
                clock.size(),
                percentile(clock, 50),
                percentile(clock, 95),
                Collections.max(clock),
                percentile(echo, 50),
                percentile(echo, 95),
                Collections.max(echo),
                (double) percentile(clock, 95) / Math.max(1, percentile(echo, 95)));
        System.out.println(text);
        Path out = Path.of("target", "benchmarks", "clock-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    static long percentile(List<Long> values, int percentile) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
