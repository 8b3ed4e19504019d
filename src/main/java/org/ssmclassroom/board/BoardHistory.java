package org.ssmclassroom.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A board as it stood at an earlier moment: today's content with everything that happened since taken back,
 * in reverse order (an edit since is reverted, an undo since is done again). Pure; the history comes in.
 */
public final class BoardHistory {

    /** One recorded change: a field's old and new text, or an entry added ("+") or removed ("-"). */
    public record Change(
            long id,
            String item,
            String field,
            String oldValue,
            String newValue,
            String author,
            Instant changedAt,
            Instant undoneAt) {}

    private record Step(Instant at, long order, String item, String field, String text) {}

    private BoardHistory() {}

    /**
     * @param positions every entry's position, removed ones too, so an entry removed since comes back in place
     */
    public static BoardContent asOf(
            BoardContent now, List<Change> history, Map<String, Integer> positions, Instant at) {
        Map<String, BoardContent.Item> items = new LinkedHashMap<>();
        now.items().forEach(item -> items.put(item.id(), item));
        Map<BoardContent.ValueKey, BoardContent.Value> values = new HashMap<>(now.values());
        for (Step step : stepsBack(history, at)) {
            if (step.field() == null) {
                if ("+".equals(step.text())) {
                    items.put(step.item(), new BoardContent.Item(step.item(), positions.getOrDefault(step.item(), 0)));
                } else {
                    items.remove(step.item());
                }
            } else {
                BoardContent.ValueKey key = new BoardContent.ValueKey(step.item(), step.field());
                if (step.text() == null || step.text().isEmpty()) {
                    values.remove(key);
                } else {
                    values.put(key, new BoardContent.Value(step.text(), 0, "", step.at()));
                }
            }
        }
        return new BoardContent(new ArrayList<>(items.values()), Map.copyOf(values));
    }

    /** What to set, newest first, to walk back to {@code at}: an edit since sets its old text, an undo since the new. */
    private static List<Step> stepsBack(List<Change> history, Instant at) {
        List<Step> steps = new ArrayList<>();
        for (Change change : history) {
            boolean madeSince = change.changedAt().isAfter(at);
            boolean undoneSince = change.undoneAt() != null && change.undoneAt().isAfter(at);
            if (madeSince) {
                steps.add(new Step(change.changedAt(), change.id() * 2, change.item(), change.field(), back(change)));
            }
            if (undoneSince) {
                steps.add(new Step(
                        change.undoneAt(), change.id() * 2 + 1, change.item(), change.field(), change.newValue()));
            }
        }
        steps.sort(Comparator.comparing(Step::at).thenComparingLong(Step::order).reversed());
        return steps;
    }

    private static String back(Change change) {
        if (change.field() != null) {
            return change.oldValue();
        }
        return "+".equals(change.newValue()) ? "-" : "+";
    }

    /** The changes made after {@code at} that still stand: what differs from the board as it was then. */
    public static List<Change> since(List<Change> history, Instant at) {
        return history.stream()
                .filter(c -> c.changedAt().isAfter(at) && c.undoneAt() == null)
                .toList();
    }
}
