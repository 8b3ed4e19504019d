package org.ssmclassroom.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoardHistoryTest {

    private static final Instant TIME_UP = Instant.parse("2026-12-01T10:30:00Z");

    private static Instant minute(int m) {
        return TIME_UP.plusSeconds(60L * m);
    }

    private static BoardHistory.Change edit(long id, String field, String from, String to, int at, Integer undoneAt) {
        return new BoardHistory.Change(
                id, "people/a", field, from, to, "Mei", minute(at), undoneAt == null ? null : minute(undoneAt));
    }

    private static BoardContent content(List<BoardContent.Item> items, Map<String, String> values) {
        Map<BoardContent.ValueKey, BoardContent.Value> stored = new java.util.HashMap<>();
        values.forEach((field, text) -> stored.put(
                new BoardContent.ValueKey("people/a", field), new BoardContent.Value(text, 3, "Mei", minute(5))));
        return new BoardContent(items, stored);
    }

    @Test
    void anEditSinceTimeUpIsTakenBackAndOneBeforeItStays() {
        BoardContent now = content(List.of(), Map.of("name", "Sarah Updown", "title", "VP"));
        List<BoardHistory.Change> history = List.of(edit(1, "name", "Sarah", "Sarah Updown", 2, null));

        BoardContent then = BoardHistory.asOf(now, history, Map.of(), TIME_UP);

        assertThat(then.text("people/a", "name")).isEqualTo("Sarah");
        assertThat(then.text("people/a", "title")).isEqualTo("VP");
        assertThat(BoardHistory.since(history, TIME_UP)).hasSize(1);
    }

    @Test
    void anUndoSinceTimeUpIsDoneAgainAndAnEditAndItsUndoBothSinceLeaveNoTrace() {
        BoardContent now = content(List.of(), Map.of("name", "Sarah"));
        List<BoardHistory.Change> history = List.of(
                edit(1, "name", "Sarah", "Boris", -3, 2), // made before time-up, undone after
                edit(2, "title", null, "CFO", 3, 4)); // made and undone after

        BoardContent then = BoardHistory.asOf(now, history, Map.of(), TIME_UP);

        assertThat(then.text("people/a", "name")).isEqualTo("Boris");
        assertThat(then.filled("people/a", "title")).isFalse();
        assertThat(BoardHistory.since(history, TIME_UP)).isEmpty();
    }

    @Test
    void twoEditsSinceTimeUpGoBackToTheFirstOnesOldText() {
        BoardContent now = content(List.of(), Map.of("name", "C"));
        List<BoardHistory.Change> history =
                List.of(edit(1, "name", "A", "B", 1, null), edit(2, "name", "B", "C", 2, null));

        assertThat(BoardHistory.asOf(now, history, Map.of(), TIME_UP).text("people/a", "name"))
                .isEqualTo("A");
    }

    @Test
    void anEntryAddedSinceGoesAndOneRemovedSinceComesBackInItsPlace() {
        BoardContent now = new BoardContent(List.of(new BoardContent.Item("people/b", 2)), Map.of());
        List<BoardHistory.Change> history = List.of(
                new BoardHistory.Change(1, "people/a", null, "+", "-", "Mei", minute(1), null),
                new BoardHistory.Change(2, "people/b", null, null, "+", "Mei", minute(2), null));

        BoardContent then = BoardHistory.asOf(now, history, Map.of("people/a", 1, "people/b", 2), TIME_UP);

        assertThat(then.items()).containsExactly(new BoardContent.Item("people/a", 1));
    }
}
