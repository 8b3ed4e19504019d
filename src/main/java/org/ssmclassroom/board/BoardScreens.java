package org.ssmclassroom.board;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.base.LiveTopic;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * The boards' screens: which screen follows which board, what they are sent (a snapshot with who is here), on
 * this node and, through the cluster bus, on the others. The database is the truth; this is its live mirror.
 */
@Component
class BoardScreens {

    private static final LiveTopic<BoardId, Void> TOPIC = LiveTopic.of("board", BoardId.class);

    private final BoardRepository repository;
    private final WorkshopService workshops;
    private final ClusterBus bus;
    private final AtomicLong revisions = new AtomicLong();
    private final LiveBoards live = new LiveBoards(revisions);
    private final BoardPresence presence;

    BoardScreens(BoardRepository repository, WorkshopService workshops, ClusterBus bus) {
        this.repository = repository;
        this.workshops = workshops;
        this.bus = bus;
        this.presence = new BoardPresence(bus, live);
        workshops.followAll(this::workshopChanged);
        // Another node's change to a board this node shows is read again for its screens.
        bus.on(TOPIC, (board, nothing) -> {
            if (live.followed(board)) {
                publishHere(board);
            } else if (live.awaited()) {
                repository.find(board).ifPresent(this::opened);
            }
        });
        bus.onMissed(() -> live.followedBoards().forEach(this::publishHere));
    }

    /** A board was opened here: screens showing it before it existed follow it now, here and on the others. */
    void opened(BoardId board, TableId table, String exerciseId) {
        live.opened(table, exerciseId, board, this::snapshot);
        bus.announce(TOPIC, board, null);
    }

    /** Follows a board as {@code viewer} (one per screen) named {@code name}; the returned action stops. */
    Runnable follow(BoardId board, String viewer, String name, Consumer<BoardSnapshot> listener) {
        live.add(board, viewer, name, listener);
        live.send(board, this::snapshot);
        presence.announce(board);
        return () -> unfollow(board, viewer, listener);
    }

    /** Follows the board a screen shows; a board not opened yet is followed from the moment its table opens it. */
    Runnable follow(BoardSnapshot shown, String viewer, String name, Consumer<BoardSnapshot> listener) {
        if (!shown.absent()) {
            return follow(shown.boardId(), viewer, name, listener);
        }
        LiveBoards.Waiting waiting = live.await(shown.table(), shown.exercise().id(), viewer, name, listener);
        // Opened between the screen's read and now: it follows it at once.
        repository.find(shown.table(), shown.exercise().id()).ifPresent(this::opened);
        return () -> {
            BoardId board = live.stop(waiting);
            if (board != null) {
                unfollow(board, viewer, listener);
            }
        };
    }

    private void unfollow(BoardId board, String viewer, Consumer<BoardSnapshot> listener) {
        if (live.remove(board, viewer, listener)) {
            live.sendPresence(board);
        }
        presence.announce(board);
    }

    private void opened(BoardRepository.BoardRow row) {
        live.opened(row.table(), row.exerciseId(), row.id(), this::snapshot);
    }

    /** Tells the others which item this viewer is editing now (null when none); the content is not re-read. */
    void editing(BoardId board, String viewer, BoardItemId item) {
        if (live.editing(board, viewer, item)) {
            live.sendPresence(board);
            presence.announce(board);
        }
    }

    @Scheduled(fixedDelay = 30_000)
    void announceWhoIsHere() {
        presence.announceAgain();
    }

    /** For the memory checks: boards some screen follows now. */
    int followedBoards() {
        return live.size();
    }

    @EventListener(ContextClosedEvent.class)
    void stopSending() {
        live.clear();
    }

    BoardSnapshot snapshot(BoardId board) {
        BoardRepository.BoardRow row =
                repository.find(board).orElseThrow(() -> new IllegalArgumentException("no board"));
        return snapshot(new BoardSnapshots.Stored(
                board,
                row.table(),
                row.exerciseId(),
                row.unlocked(),
                repository.content(board),
                repository.copies(board)));
    }

    BoardSnapshot snapshot(BoardSnapshots.Stored stored) {
        return BoardSnapshots.of(
                revisions.incrementAndGet(),
                stored,
                workshops.snapshotOfTable(stored.table()),
                exercise -> repository
                        .find(stored.table(), exercise)
                        .map(b -> repository.content(b.id()))
                        .orElse(new BoardContent(List.of(), Map.of())),
                stored.id() == null ? List.of() : live.presence(stored.id()));
    }

    /** Tells the board's screens, and those of the same table's boards that carry it forward, on every node. */
    void publish(BoardId board) {
        publishHere(board);
        bus.announce(TOPIC, board, null);
    }

    private void publishHere(BoardId board) {
        Optional<BoardRepository.BoardRow> row = live.send(board, this::snapshot)
                .map(sent -> new BoardRepository.BoardRow(
                        board, sent.table(), sent.exercise().id(), sent.unlocked(), null))
                .or(() -> repository.find(board));
        row.ifPresent(changed -> {
            for (BoardSnapshot other : live.ofTable(changed.table())) {
                boolean carries = other.exercise().carryForward().stream()
                        .anyMatch(c -> c.exercise().equals(changed.exerciseId()));
                if (carries && !other.boardId().equals(board)) {
                    live.send(other.boardId(), this::snapshot);
                }
            }
        });
    }

    /** A workshop change reaches a board's screens only when it changes what they show; no database read. */
    private void workshopChanged(WorkshopSnapshot workshop) {
        boolean closed = workshop.workshop().isClosed();
        for (BoardSnapshot shown : live.of(workshop.workshop().id())) {
            workshop.table(shown.table())
                    .filter(table -> BoardSnapshots.changesWhatIsShown(shown, closed, table))
                    .ifPresent(table -> live.update(
                            shown.boardId(),
                            latest -> latest.withTable(
                                    revisions.incrementAndGet(),
                                    table.name(),
                                    table.clock(),
                                    table.exerciseId(),
                                    BoardSnapshots.locked(
                                            closed, table, latest.exercise().id(), latest.unlocked()))));
        }
    }
}
