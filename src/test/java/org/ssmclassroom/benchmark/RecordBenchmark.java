package org.ssmclassroom.benchmark;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.record.WorkshopRecords;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.Heap;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.Workshops;

/**
 * On demand: {@code ./mvnw test -Dbenchmark.excluded=none -Dtest=RecordBenchmark}. A 12-table workshop with
 * every exercise's board filled and every criterion scored: the time and heap to make all twelve table reports
 * and the archive (goals: ≤ 1 s a report, ≤ 10 s for the workshop, heap back to its baseline after); then release
 * to twelve Chromium tablets, one per table, against a bare Vaadin push to the same number of pages in the same
 * run (goal: p95 ≤ 1 s).
 */
@Tag("benchmark")
@AppTest
class RecordBenchmark {

    private static final int TABLES = 12;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    /** Rounds run first and not counted: the JIT compiles the release path and the pages settle. */
    private static final int WARM_UP = 2;
    /** One exercise only, to measure the release alone quickly: -Dbench.only=ex2. */
    private static final String ONLY = System.getProperty("bench.only");

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    BoardService boards;

    @Autowired
    ScoringService scoring;

    @Autowired
    WorkshopRecords records;

    @LocalServerPort
    int port;

    @Test
    void reportsArchiveAndReleaseOfATwelveTableWorkshop() throws Exception {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, TABLES);
        List<List<DeviceToken>> seated = Workshops.seated(workshops, trainees, workshop, TABLES, 4);
        fillAndScore(workshop, seated);
        WorkshopSnapshot snapshot = workshops.snapshot(workshop);
        records.tableReport(snapshot.tables().getFirst().id()); // warm up the layout engine and fonts
        long baseline = Heap.live();
        List<Long> reports = new ArrayList<>();
        long start = System.nanoTime();
        long bytes = 0;
        for (WorkshopTable table : snapshot.tables()) {
            long t0 = System.nanoTime();
            bytes += records.tableReport(table.id()).length;
            reports.add((System.nanoTime() - t0) / 1_000_000);
        }
        long t0 = System.nanoTime();
        bytes += records.archive(workshop).length;
        long archive = (System.nanoTime() - t0) / 1_000_000;
        long all = (System.nanoTime() - start) / 1_000_000;
        long after = Heap.live();
        String records = String.format(
                """
                        Record benchmark: %d tables, every exercise filled and scored
                          table report: mean %d ms, max %d ms (goal <= 1000)
                          archive: %d ms; all reports and the archive: %d ms (goal <= 10000), %.1f MB written
                          live heap after full GC: before %.1f MB, after %.1f MB
                        """,
                TABLES,
                reports.stream().mapToLong(Long::longValue).sum() / reports.size(),
                Collections.max(reports),
                archive,
                all,
                bytes / 1e6,
                baseline / 1e6,
                after / 1e6);
        String release = releaseLatency(workshop, seated);
        write(records + release);
    }

    /** Every board of every exercise written on, and every criterion scored, table by table. */
    private void fillAndScore(WorkshopId workshop, List<List<DeviceToken>> seated) {
        WorkshopSnapshot snapshot = workshops.snapshot(workshop);
        Method method = snapshot.pack().method();
        for (Method.Exercise exercise : method.agendaExercises()) {
            if (exercise.template() == null || (ONLY != null && !ONLY.equals(exercise.id()))) {
                continue;
            }
            steering.openExercise(workshop, exercise.id(), Set.of());
            Method.Template template = method.template(exercise.template()).orElseThrow();
            for (int t = 0; t < TABLES; t++) {
                DeviceToken writer = seated.get(t).getFirst();
                BoardId board = boards.boardOf(writer).orElseThrow().boardId();
                for (Method.Section section : template.sections()) {
                    fill(writer, board, section, method, t);
                }
                WorkshopTable table = snapshot.tables().get(t);
                method.rubric(exercise.rubric())
                        .ifPresent(rubric -> rubric.criteria()
                                .forEach(c -> scoring.mark(
                                        table.id(),
                                        exercise.id(),
                                        c.id(),
                                        c.levels()
                                                .get(table.position()
                                                        % c.levels().size())
                                                .points(),
                                        "评语 " + c.id(),
                                        scoring.sheet(table.id(), exercise.id())
                                                .markOf(c.id(), AppTest.INSTRUCTOR)
                                                .version())));
            }
        }
    }

    private void fill(DeviceToken writer, BoardId board, Method.Section section, Method method, int table) {
        List<BoardItemId> items = new ArrayList<>();
        switch (section.kind()) {
            case FIELDS -> items.add(new BoardItemId(section.id(), "main"));
            case LIST -> {
                for (int i = 0; i < 3; i++) {
                    items.add(boards.addItem(writer, board, section.id()));
                }
            }
            default -> {
                return;
            }
        }
        for (BoardItemId item : items) {
            for (Method.Field field : section.fields()) {
                String value = value(field, method, table);
                if (value != null) {
                    boards.edit(writer, board, item, field.id(), value, 0);
                }
            }
        }
    }

    private static String value(Method.Field field, Method method, int table) {
        return switch (field.type()) {
            case CHOICE ->
                method.vocabulary(field.vocabulary())
                        .map(v -> v.terms().get(table % v.terms().size()).id())
                        .orElse(null);
            case SCALE -> String.valueOf(field.min());
            case YES_NO -> "yes";
            case DATE -> "2026-12-01";
            case NUMBER, MONEY -> "120000";
            case PERSON -> "王总";
            case TEXT -> "第" + (table + 1) + "桌的" + field.id();
            case LONG_TEXT -> "第" + (table + 1) + "桌写的较长内容:客户的业务环境、流程和挑战。" + field.id();
        };
    }

    /** Release → each table's result visible on its Chromium tablet; the bare push to as many pages, same run. */
    private String releaseLatency(WorkshopId workshop, List<List<DeviceToken>> seated) throws Exception {
        List<Long> release = new ArrayList<>();
        List<Long> echo = new ArrayList<>();
        List<Long> call = new ArrayList<>();
        try (Browser browser = Browser.launch()) {
            List<Page> tablets = new ArrayList<>();
            List<Page> echoes = new ArrayList<>();
            for (List<DeviceToken> table : seated) {
                Page tablet = browser.newPage(1024, 768, "en-GB");
                tablet.context()
                        .addCookies(List.of(
                                new Cookie("ssm-device", table.getFirst().value()).setUrl("http://localhost:" + port)));
                tablet.navigate("http://localhost:" + port + "/table");
                tablet.waitForSelector(".tablet-where");
                tablets.add(tablet);
                Page page = browser.newPage(400, 300, "en-GB");
                page.navigate("http://localhost:" + port + "/bench-echo");
                page.waitForSelector("#echo");
                echoes.add(page);
            }
            for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                String stamp = "release-" + round;
                boolean counted = round >= WARM_UP;
                long bare = ClockLatencyBenchmark.bareEcho(echoes, stamp);
                long[] took = new long[1];
                long visible = ClockLatencyBenchmark.measure(tablets, null, ".results-card", null, () -> {
                    long t0 = System.currentTimeMillis();
                    scoring.release(workshop, "ex2");
                    took[0] = System.currentTimeMillis() - t0;
                    return t0;
                });
                if (counted) {
                    echo.add(bare);
                    release.add(visible);
                    call.add(took[0]);
                }
                scoring.withdraw(workshop, "ex2");
                for (Page tablet : tablets) {
                    tablet.waitForSelector(
                            ".results-card",
                            new Page.WaitForSelectorOptions()
                                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
                }
            }
        }
        return String.format(
                """
                          release -> result visible on %d tablets (%d rounds after %d warm-up): p50 %d ms, p95 %d ms (goal <= 1000)
                          bare Vaadin push to %d pages, same run:   p50 %d ms, p95 %d ms
                          the release call itself (the server hands every screen its change): p50 %d ms, p95 %d ms
                        """,
                TABLES,
                ROUNDS,
                WARM_UP,
                ClockLatencyBenchmark.percentile(release, 50),
                ClockLatencyBenchmark.percentile(release, 95),
                TABLES,
                ClockLatencyBenchmark.percentile(echo, 50),
                ClockLatencyBenchmark.percentile(echo, 95),
                ClockLatencyBenchmark.percentile(call, 50),
                ClockLatencyBenchmark.percentile(call, 95));
    }

    private static void write(String text) throws Exception {
        System.out.println(text);
        Path out = Path.of("target", "benchmarks", "records.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
