package org.ssmclassroom.board;

/** Reads what the board service holds in memory, for tests in other packages. */
public final class BoardProbe {

    private BoardProbe() {}

    public static int followedBoards(BoardService boards) {
        return boards.followedBoards();
    }
}
