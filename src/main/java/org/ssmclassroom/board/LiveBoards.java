package org.ssmclassroom.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/**
 * The boards some screen follows now: their listeners, who is on them, and the snapshot last sent. Presence
 * changes are sent from that snapshot without reading the database; an entry goes when its last screen leaves,
 * so this holds no more than the open screens. Sends to one board are serialised, so a partial update never
 * overtakes a fresher full snapshot.
 */
final class LiveBoards {

    private final Map<BoardId, Followed> boards = new ConcurrentHashMap<>();
    /** Who is on a board through other nodes, by node, as they last announced it. */
    private final Map<BoardId, Map<String, Elsewhere>> elsewhere = new ConcurrentHashMap<>();

    private record Elsewhere(List<BoardSnapshot.Presence> presence, java.time.Instant at) {}

    private final AtomicLong revisions;

    /** Screens showing a board their table has not opened yet: they follow it from the moment it opens. */
    private final Map<TableExercise, List<Waiting>> waiting = new ConcurrentHashMap<>();

    private record TableExercise(TableId table, String exercise) {}

    /** A screen waiting for a board to open; {@code board} is set once it follows it. */
    static final class Waiting {
        private final String viewer;
        private final String name;
        private final Consumer<BoardSnapshot> listener;
        private BoardId board;

        private Waiting(String viewer, String name, Consumer<BoardSnapshot> listener) {
            this.viewer = viewer;
            this.name = name;
            this.listener = listener;
        }
    }

    LiveBoards(AtomicLong revisions) {
        this.revisions = revisions;
    }

    private static final class Followed {
        final List<Consumer<BoardSnapshot>> listeners = new CopyOnWriteArrayList<>();
        final Map<String, BoardSnapshot.Presence> presence = new ConcurrentHashMap<>();
        volatile BoardSnapshot latest;
    }

    void add(BoardId board, String viewer, String name, Consumer<BoardSnapshot> listener) {
        Followed followed = boards.computeIfAbsent(board, b -> new Followed());
        followed.presence.put(viewer, new BoardSnapshot.Presence(viewer, name, null));
        followed.listeners.add(listener);
    }

    /** Lets a screen wait for the table's board for an exercise to open. */
    Waiting await(TableId table, String exercise, String viewer, String name, Consumer<BoardSnapshot> listener) {
        Waiting screen = new Waiting(viewer, name, listener);
        synchronized (waiting) {
            waiting.computeIfAbsent(new TableExercise(table, exercise), k -> new ArrayList<>())
                    .add(screen);
        }
        return screen;
    }

    /** Whether some screen waits for a board to open. */
    boolean awaited() {
        return !waiting.isEmpty();
    }

    /** A board opened: the screens waiting for it follow it now and are sent it. */
    void opened(TableId table, String exercise, BoardId board, Function<BoardId, BoardSnapshot> build) {
        List<Waiting> screens;
        synchronized (waiting) {
            screens = waiting.remove(new TableExercise(table, exercise));
            if (screens == null) {
                return;
            }
            for (Waiting screen : screens) {
                screen.board = board;
                add(board, screen.viewer, screen.name, screen.listener);
            }
        }
        send(board, build);
    }

    /** Stops a waiting screen; the board it follows by now (null when it never opened). */
    BoardId stop(Waiting screen) {
        synchronized (waiting) {
            if (screen.board == null) {
                waiting.values().forEach(screens -> screens.remove(screen));
                waiting.values().removeIf(List::isEmpty);
                return null;
            }
        }
        return screen.board;
    }

    /** Stops one screen; true when the board is still followed by others. */
    boolean remove(BoardId board, String viewer, Consumer<BoardSnapshot> listener) {
        boolean[] still = {false};
        boards.computeIfPresent(board, (id, followed) -> {
            followed.listeners.remove(listener);
            followed.presence.remove(viewer);
            still[0] = !followed.listeners.isEmpty();
            return still[0] ? followed : null;
        });
        return still[0];
    }

    /** Sets what a viewer edits; false when that viewer is not on the board or nothing changed. */
    boolean editing(BoardId board, String viewer, BoardItemId item) {
        Followed followed = boards.get(board);
        if (followed == null) {
            return false;
        }
        BoardSnapshot.Presence before = followed.presence.get(viewer);
        if (before == null || Objects.equals(before.editingItem(), item)) {
            return false;
        }
        followed.presence.put(viewer, new BoardSnapshot.Presence(viewer, before.name(), item));
        return true;
    }

    /** Who is on the board: through this node, and through others (as announced within {@code fresh}). */
    List<BoardSnapshot.Presence> presence(BoardId board) {
        List<BoardSnapshot.Presence> all = new ArrayList<>(here(board));
        java.time.Instant fresh = java.time.Instant.now().minus(STALE);
        elsewhere.getOrDefault(board, Map.of()).values().stream()
                .filter(node -> node.at().isAfter(fresh))
                .forEach(node -> all.addAll(node.presence()));
        return all;
    }

    /** Who is on the board through this node only, for announcing to the others. */
    List<BoardSnapshot.Presence> here(BoardId board) {
        Followed followed = boards.get(board);
        return followed == null ? List.of() : List.copyOf(followed.presence.values());
    }

    /** A node that stops announcing (it died) stops counting after this long; the living re-announce sooner. */
    static final java.time.Duration STALE = java.time.Duration.ofSeconds(90);

    /** Forgets what nodes that stopped announcing (they died) last said. */
    void forgetSilentNodes() {
        java.time.Instant fresh = java.time.Instant.now().minus(STALE);
        elsewhere
                .values()
                .forEach(nodes -> nodes.values().removeIf(node -> !node.at().isAfter(fresh)));
        elsewhere.values().removeIf(Map::isEmpty);
    }

    /**
     * Who is on the board through another node, as it announced; nothing from it when the list is empty. True
     * when that node was not known on this board before.
     */
    boolean elsewhere(BoardId board, String node, List<BoardSnapshot.Presence> presence) {
        Map<String, Elsewhere> nodes = elsewhere.computeIfAbsent(board, b -> new ConcurrentHashMap<>());
        boolean known;
        if (presence.isEmpty()) {
            known = nodes.remove(node) != null;
        } else {
            known = nodes.put(node, new Elsewhere(List.copyOf(presence), java.time.Instant.now())) != null;
        }
        elsewhere.computeIfPresent(board, (b, all) -> all.isEmpty() ? null : all);
        return !known && !presence.isEmpty();
    }

    java.util.Set<BoardId> followedBoards() {
        return java.util.Set.copyOf(boards.keySet());
    }

    boolean followed(BoardId board) {
        return boards.containsKey(board);
    }

    /** Sends a freshly built snapshot of a followed board to its screens; empty when nobody follows it. */
    Optional<BoardSnapshot> send(BoardId board, Function<BoardId, BoardSnapshot> build) {
        Followed followed = boards.get(board);
        if (followed == null) {
            return Optional.empty();
        }
        synchronized (followed) {
            BoardSnapshot snapshot = build.apply(board);
            followed.latest = snapshot;
            followed.listeners.forEach(listener -> listener.accept(snapshot));
            return Optional.of(snapshot);
        }
    }

    /** Sends the last snapshot with today's presence: no database read. */
    void sendPresence(BoardId board) {
        update(board, latest -> latest.withPresence(revisions.incrementAndGet(), presence(board)));
    }

    /** Sends the last snapshot as {@code change} makes it, without reading the database. */
    void update(BoardId board, UnaryOperator<BoardSnapshot> change) {
        Followed followed = boards.get(board);
        if (followed == null) {
            return;
        }
        synchronized (followed) {
            if (followed.latest != null) {
                BoardSnapshot snapshot = change.apply(followed.latest);
                followed.latest = snapshot;
                followed.listeners.forEach(listener -> listener.accept(snapshot));
            }
        }
    }

    /** The followed boards of a workshop with the snapshot last sent. */
    List<BoardSnapshot> of(WorkshopId workshop) {
        return shown(latest -> latest.workshop().equals(workshop));
    }

    /** The followed boards of a table with the snapshot last sent. */
    List<BoardSnapshot> ofTable(TableId table) {
        return shown(latest -> latest.table().equals(table));
    }

    private List<BoardSnapshot> shown(Predicate<BoardSnapshot> which) {
        List<BoardSnapshot> found = new ArrayList<>();
        boards.values().forEach(followed -> {
            BoardSnapshot latest = followed.latest;
            if (latest != null && which.test(latest)) {
                found.add(latest);
            }
        });
        return found;
    }

    /** The server is stopping: screens that close now tell nobody. */
    void clear() {
        boards.clear();
        waiting.clear();
        elsewhere.clear();
    }

    int size() {
        return boards.size();
    }
}
