package org.ssmclassroom.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * What a screen shows of a board, made from what is stored: the lock rule, what earlier boards carry forward and
 * which copies still stand. Plain code: the caller reads the database, this decides.
 */
final class BoardSnapshots {

    private BoardSnapshots() {}

    /** A board as stored: its row and what is written on it, with the copies made onto it (origin → entry). */
    record Stored(
            BoardId id,
            TableId table,
            String exerciseId,
            boolean unlocked,
            BoardContent content,
            List<Map.Entry<String, String>> copies) {

        /** A board the table never opened: nothing written, nothing copied. */
        static Stored absent(TableId table, String exerciseId) {
            return new Stored(null, table, exerciseId, false, new BoardContent(List.of(), Map.of()), List.of());
        }
    }

    /**
     * The board as its screens show it; {@code earlier} reads the table's board of another exercise (empty when
     * it has none), for what this exercise carries forward.
     */
    static BoardSnapshot of(
            long revision,
            Stored stored,
            WorkshopSnapshot workshop,
            Function<String, BoardContent> earlier,
            List<BoardSnapshot.Presence> presence) {
        Method method = workshop.pack().method();
        // A pack edited on disk between two starts may have dropped the exercise: say so instead of failing.
        Method.Exercise exercise = method.exercise(stored.exerciseId())
                .orElseThrow(() -> new ActionRefused("exerciseGone", stored.exerciseId()));
        Method.Template template = method.template(exercise.template())
                .orElseThrow(() -> new ActionRefused("exerciseGone", stored.exerciseId()));
        WorkshopTable table = workshop.table(stored.table()).orElseThrow();
        return new BoardSnapshot(
                revision,
                stored.id(),
                workshop.workshop().id(),
                stored.table(),
                table.name(),
                table.clock(),
                table.exerciseId(),
                workshop.pack(),
                exercise,
                template,
                stored.content(),
                locked(workshop.workshop().isClosed(), table, stored.exerciseId(), stored.unlocked()),
                stored.unlocked(),
                carried(method, exercise, earlier, standingCopies(stored.copies(), stored.content())),
                presence);
    }

    /**
     * The one rule for a board's lock: open while its exercise is the table's current one and the clock has not
     * ended, or when the instructor unlocked it; never in a closed workshop.
     */
    static boolean locked(boolean workshopClosed, WorkshopTable table, String exercise, boolean unlocked) {
        boolean timeUp = !exercise.equals(table.exerciseId()) || table.clock().state() == ExerciseClock.State.ENDED;
        return workshopClosed || (timeUp && !unlocked);
    }

    /** The sections of earlier boards this exercise shows, as the pack's carry-forward names them. */
    static List<BoardSnapshot.Carried> carried(
            Method method, Method.Exercise exercise, Function<String, BoardContent> earlier, Set<String> copies) {
        List<BoardSnapshot.Carried> carried = new ArrayList<>();
        for (Method.CarryForward carry : exercise.carryForward()) {
            Method.Exercise from = method.exercise(carry.exercise()).orElseThrow();
            Method.Section section = method.template(from.template()).orElseThrow().sections().stream()
                    .filter(s -> s.id().equals(carry.section()))
                    .findFirst()
                    .orElseThrow();
            String prefix = from.id() + ":";
            Set<String> copied = copies.stream()
                    .filter(c -> c.startsWith(prefix))
                    .map(c -> c.substring(prefix.length()))
                    .collect(Collectors.toSet());
            carried.add(new BoardSnapshot.Carried(from, section, earlier.apply(from.id()), carry.copyTo(), copied));
        }
        return carried;
    }

    /** Where a copy came from and went: {@code exercise:entry>section}. */
    static String copyOrigin(String fromExercise, String sourceItem, String targetSection) {
        return fromExercise + ":" + sourceItem + ">" + targetSection;
    }

    /** The copies on the board that still stand: not undone (the caller's list), and their entries not removed. */
    static Set<String> standingCopies(List<Map.Entry<String, String>> copies, BoardContent content) {
        Set<String> present =
                content.items().stream().map(BoardContent.Item::id).collect(Collectors.toSet());
        return copies.stream()
                .filter(copy -> present.contains(copy.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /**
     * Whether a workshop change (a join, a signal) changes what a board's screens show: the table's name, clock
     * or current exercise, and so the lock.
     */
    static boolean changesWhatIsShown(BoardSnapshot shown, boolean workshopClosed, WorkshopTable table) {
        return locked(workshopClosed, table, shown.exercise().id(), shown.unlocked()) != shown.locked()
                || !table.name().equals(shown.tableName())
                || !table.clock().equals(shown.clock())
                || !Objects.equals(table.exerciseId(), shown.tableExercise());
    }
}
