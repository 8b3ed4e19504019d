package org.ssmclassroom.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;

/** What the server keeps in memory shrinks again when classes end and screens close. */
@AppTest
class MemoryBoundsTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    BoardService boards;

    @Autowired
    LiveWorkshops live;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void fiftyClassesCreatedWorkedAndClosedLeaveNothingBehindInMemory() {
        Instructor.signIn();
        int followedBefore = org.ssmclassroom.board.BoardProbe.followedBoards(boards);
        for (int i = 0; i < 50; i++) {
            DeviceToken tablet = DeviceToken.random();
            WorkshopId workshop = Workshops.homebody(workshops, 2);
            Workshops.join(workshops, trainees, workshop, tablet, "Mei", 0);
            steering.openExercise(workshop, "ex2", Set.of());
            BoardId board = boards.boardOf(tablet).orElseThrow().boardId();
            Runnable screen = workshops.follow(workshop, snapshot -> {});
            Runnable boardScreen = boards.follow(board, "screen", "Mei", snapshot -> {});
            boards.edit(tablet, board, BoardItemId.parse("opportunity/main"), "customer", "class " + i, 0);
            screen.run();
            boardScreen.run();
            workshops.close(workshop);
            assertThat(live.followers(workshop)).isZero();
        }
        assertThat(workshops.cachedSnapshots()).as("snapshots kept").isLessThanOrEqualTo(33);
        assertThat(org.ssmclassroom.board.BoardProbe.followedBoards(boards))
                .as("boards followed by screens of other tests")
                .isEqualTo(followedBefore);
    }
}
