package org.ssmclassroom.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Heap;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/**
 * On demand: {@code ./mvnw test -Dbenchmark.excluded=none -Dtest=MemoryBenchmark}. Fifty classes of ten tables of
 * four, each with an exercise, a board edit per table, screens that follow and leave, and wrong join codes, are
 * created and closed; the live heap after a full GC is read before, after 10 and after 50 classes.
 */
@Tag("benchmark")
@AppTest
class MemoryBenchmark {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    BoardService boards;

    @Test
    void heapAfterFiftyClassesCreatedAndClosed() throws Exception {
        Instructor.signIn();
        runClass(); // warm up
        long before = Heap.live();
        long afterTen = 0;
        for (int i = 1; i <= 50; i++) {
            runClass();
            if (i == 10) {
                afterTen = Heap.live();
            }
        }
        long afterFifty = Heap.live();
        String result = String.format(
                "live heap after full GC: before %.1f MB, after 10 classes %.1f MB, after 50 classes %.1f MB%n",
                before / 1e6, afterTen / 1e6, afterFifty / 1e6);
        System.out.print(result);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/memory.txt"), result);
    }

    private void runClass() {
        WorkshopId workshop = Workshops.homebody(workshops, 10);
        List<DeviceToken> tablets = Workshops.seated(workshops, trainees, workshop, 10, 4).stream()
                .flatMap(List::stream)
                .toList();
        steering.openExercise(workshop, "ex2", Set.of());
        List<Runnable> screens = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            DeviceToken tablet = tablets.get(t * 4);
            BoardId board = boards.boardOf(tablet).orElseThrow().boardId();
            screens.add(workshops.follow(workshop, snapshot -> {}));
            screens.add(boards.follow(board, "screen-" + t, "Trainee", snapshot -> {}));
            boards.edit(tablet, board, BoardItemId.parse("opportunity/main"), "customer", "A hospital group " + t, 0);
            trainees.checkCode(
                    "AAAA-AAA" + (char) ('B' + t),
                    org.ssmclassroom.security.Network.of("10.0.0." + t),
                    DeviceToken.random());
        }
        screens.forEach(Runnable::run);
        workshops.close(workshop);
    }
}
