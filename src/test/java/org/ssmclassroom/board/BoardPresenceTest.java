package org.ssmclassroom.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.testing.LoopbackBus;

/** Who is on a board, told between two nodes on the shared live mechanism; plain code, no database. */
class BoardPresenceTest {

    private final BoardId board = new BoardId(7);
    private final LoopbackBus bus = new LoopbackBus();
    private final LiveBoards onA = new LiveBoards(new AtomicLong());
    private final LiveBoards onB = new LiveBoards(new AtomicLong());
    private final BoardPresence presenceA = new BoardPresence(bus.node("a"), onA);
    private final BoardPresence presenceB = new BoardPresence(bus.node("b"), onB);

    /** A screen following the board on a node; returns its listener, to stop it. */
    private Consumer<BoardSnapshot> follow(LiveBoards live, BoardPresence presence, String viewer, String name) {
        Consumer<BoardSnapshot> screen = snapshot -> {};
        live.add(board, viewer, name, screen);
        presence.announce(board);
        return screen;
    }

    @Test
    void twoScreensOfOneTraineeOnTwoNodesAreTwoEntriesOnBoth() {
        follow(onA, presenceA, "screen-1", "Mei");
        follow(onB, presenceB, "screen-2", "Mei");

        assertThat(onA.presence(board))
                .extracting(BoardSnapshot.Presence::viewer)
                .containsExactlyInAnyOrder("screen-1", "screen-2");
        assertThat(onB.presence(board))
                .as("the node that came second hears who was there first")
                .extracting(BoardSnapshot.Presence::viewer)
                .containsExactlyInAnyOrder("screen-1", "screen-2");
    }

    @Test
    void whatAViewerEditsReachesTheOtherNodeAndALeavingNodeLeavesNobodyBehind() {
        Consumer<BoardSnapshot> screen = follow(onA, presenceA, "screen-1", "Mei");
        follow(onB, presenceB, "screen-2", "Hao");
        BoardItemId customer = BoardItemId.parse("opportunity/main");

        onA.editing(board, "screen-1", customer);
        presenceA.announce(board);
        assertThat(onB.presence(board))
                .filteredOn(p -> p.viewer().equals("screen-1"))
                .singleElement()
                .isEqualTo(new BoardSnapshot.Presence("screen-1", "Mei", customer));

        onA.remove(board, "screen-1", screen);
        presenceA.announce(board);
        assertThat(onB.presence(board))
                .extracting(BoardSnapshot.Presence::viewer)
                .containsExactly("screen-2");
    }
}
