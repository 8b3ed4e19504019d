package org.ssmclassroom.board;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * The tables' shared boards. Trainees edit only their own table's board, and only while it is open (its clock
 * has not run out, or the instructor unlocked it); instructors see every board and can unlock one. Each command
 * is authorised, runs in one transaction under the board's row lock (so two nodes' commands on one board follow
 * each other), and its result goes to everyone on the board, on every node. What a command does to the board
 * is {@link BoardEdits}'; opening a board is {@link BoardOpening}'s; what other features read is
 * {@link BoardAnswers}'; what a screen is sent, and to whom, is {@link BoardScreens}' (built by the plain
 * {@link BoardSnapshots}).
 */
@Service
public class BoardService {

    private static final String INSTRUCTOR = "hasRole('INSTRUCTOR')";
    /** Enough for any exercise, and a bound on what one tablet can pile onto a board. */
    public static final int MAX_ENTRIES = 50;

    private final BoardRepository repository;
    private final BoardOpening opening;
    private final BoardEdits edits;
    private final BoardAnswers answers;
    private final BoardScreens screens;
    private final WorkshopService workshops;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BoardService(
            BoardRepository repository,
            BoardOpening opening,
            BoardEdits edits,
            BoardAnswers answers,
            BoardScreens screens,
            WorkshopService workshops,
            Clock clock,
            TransactionTemplate transactions) {
        this.repository = repository;
        this.opening = opening;
        this.edits = edits;
        this.answers = answers;
        this.screens = screens;
        this.workshops = workshops;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The server's time, for clocks that tick in the browser. */
    public Instant now() {
        return clock.instant();
    }

    /** Who is editing: a trainee's tablet, resolved to its participant on the server. */
    public record Author(String key, String name, TableId table) {}

    /** Whether this device has a seat (in an open workshop, or in one that closed: its boards stay readable). */
    public boolean hasJoined(DeviceToken device) {
        return workshops.seatOf(device).isPresent();
    }

    public Author author(DeviceToken device) {
        WorkshopService.Seat seat = workshops.seatOf(device).orElseThrow(() -> new ActionRefused("notJoined"));
        Participant me = seat.workshop().participant(seat.participant()).orElseThrow();
        return new Author("p" + me.id().value(), me.name(), me.table());
    }

    /** The trainee's own table's board for its current exercise, created on first use. */
    public Optional<BoardSnapshot> boardOf(DeviceToken device) {
        return workshops.seatOf(device).flatMap(seat -> {
            Participant me = seat.workshop().participant(seat.participant()).orElseThrow();
            if (me.table() == null) {
                return Optional.empty();
            }
            Optional<String> exercise = seat.workshop().table(me.table()).map(WorkshopTable::exerciseId);
            if (seat.workshop().workshop().isClosed()) {
                // A closed class makes no new boards: only what the table wrote is read again.
                return exercise.flatMap(e -> repository.find(me.table(), e)).map(row -> snapshot(row.id()));
            }
            return exercise.map(e -> snapshot(open(seat.workshop(), me.table(), e)));
        });
    }

    /**
     * One of the trainee's own table's existing boards, by exercise (an earlier exercise's board, or every board
     * once the workshop has closed); read only unless it is the current exercise's and time is not up.
     */
    public Optional<BoardSnapshot> boardOf(DeviceToken device, String exerciseId) {
        return workshops
                .seatOf(device)
                .flatMap(seat -> seat.workshop()
                        .participant(seat.participant())
                        .map(Participant::table)
                        .flatMap(table -> repository.find(table, exerciseId))
                        .map(row -> snapshot(row.id())));
    }

    /** The exercises a table has a board for, in the order it opened them (the tablet lists them to read again). */
    public List<String> exercisesWithBoards(TableId table) {
        return answers.exercisesWithBoards(table);
    }

    /**
     * The table's board for an exercise, read only: a board the table never opened is shown empty (with what is
     * carried onto it) and is not made by looking (the debrief, the instructor's board view, the reports).
     */
    @PreAuthorize(INSTRUCTOR)
    public BoardSnapshot boardFor(TableId table, String exerciseId) {
        return repository
                .find(table, exerciseId)
                .map(row -> snapshot(row.id()))
                .orElseGet(() -> screens.snapshot(BoardSnapshots.Stored.absent(table, exerciseId)));
    }

    /** Opens the table's board for an exercise as the instructor (to unlock it, or put it on the projector). */
    @PreAuthorize(INSTRUCTOR)
    public BoardId open(TableId table, String exerciseId) {
        return open(workshops.snapshotOfTable(table), table, exerciseId);
    }

    private BoardId open(WorkshopSnapshot workshop, TableId table, String exerciseId) {
        BoardOpening.Opened opened = opening.open(workshop, table, exerciseId);
        if (opened.created()) {
            screens.opened(opened.board(), table, exerciseId);
        }
        return opened.board();
    }

    /**
     * The table's board as it stood at time-up, with the changes made after it; the board now while time was
     * never up.
     */
    @PreAuthorize(INSTRUCTOR)
    public AtTimeUp atTimeUp(TableId table, String exerciseId) {
        return answers.atTimeUp(boardFor(table, exerciseId));
    }

    /**
     * The case's model answer for an exercise drawn as a board, in the given language, for the debrief beside
     * the tables' boards; empty when the case writes none as a board.
     */
    @PreAuthorize(INSTRUCTOR)
    public Optional<BoardSnapshot> modelAnswer(WorkshopId id, String exerciseId, Locale locale) {
        return answers.modelAnswer(id, exerciseId, locale);
    }

    /** Every board of a table with what it says and its whole history, for the workshop's archive. */
    @PreAuthorize(INSTRUCTOR)
    public List<BoardRecord> recordOf(TableId table) {
        return answers.recordOf(table);
    }

    /** A board for the record; {@code removed} are the entries taken off it, which its history still names. */
    public record BoardRecord(
            String exerciseId,
            boolean unlocked,
            BoardContent content,
            List<BoardContent.Item> removed,
            List<BoardHistory.Change> history) {}

    /** A board at time-up and now; {@code timeUp} is null while time never ran out. */
    public record AtTimeUp(BoardSnapshot then, BoardSnapshot now, Instant timeUp, List<BoardHistory.Change> since) {}

    /** A board by id, for the instructor's projector. */
    @PreAuthorize(INSTRUCTOR)
    public BoardSnapshot shared(BoardId board) {
        return snapshot(board);
    }

    /** Unlocks a table's board after time-up (opening it if the table never did), or locks it again. */
    @PreAuthorize(INSTRUCTOR)
    public boolean setUnlocked(TableId table, String exerciseId, boolean unlocked) {
        return setUnlocked(open(table, exerciseId), unlocked);
    }

    /** Unlocks a board after time-up, or locks it again; false, changing nothing, when it already was so. */
    @PreAuthorize(INSTRUCTOR)
    public boolean setUnlocked(BoardId board, boolean unlocked) {
        boolean changed = repository.setUnlocked(board, unlocked, clock.instant());
        if (changed) {
            publish(board);
        }
        return changed;
    }

    /** Writes one field, if nobody changed it since {@code baseVersion}. */
    public BoardEdit edit(
            DeviceToken device, BoardId board, BoardItemId item, String field, String text, int baseVersion) {
        return edit(device, board, item, field, text, baseVersion, null);
    }

    /**
     * Writes one field, if nobody changed it since {@code baseVersion}. An edit begun before the board locked
     * ({@code begunAt}: when the writer started on the field) is still saved within the grace after the lock, and
     * then counts as made after time-up (ADR 014); later, or begun after the lock, it is refused and the writer's
     * screen keeps the text.
     */
    public BoardEdit edit(
            DeviceToken device,
            BoardId board,
            BoardItemId item,
            String field,
            String text,
            int baseVersion,
            Instant begunAt) {
        Author author = author(device);
        BoardEdit result = command(
                board, author, current -> edits.write(current, author, item, field, text, baseVersion, begunAt));
        if (result instanceof BoardEdit.Saved || result instanceof BoardEdit.SavedLate) {
            publish(board);
        }
        return result;
    }

    /** Adds an entry to a list section; returns its item id. */
    public BoardItemId addItem(DeviceToken device, BoardId board, String section) {
        Author author = author(device);
        BoardItemId item = edits.newEntry(section);
        command(board, author, current -> {
            edits.add(current, author, item);
            return item;
        });
        publish(board);
        return item;
    }

    /**
     * Copies an entry of a board carried onto this one into {@code targetSection} here, as the pack's
     * {@code copyTo} says: new entries of a list with the copied fields, or a fields section filled in.
     */
    public void copyEntry(
            DeviceToken device, BoardId board, String fromExercise, BoardItemId sourceItem, String targetSection) {
        Author author = author(device);
        command(board, author, current -> {
            edits.copy(current, author, fromExercise, sourceItem, targetSection);
            return sourceItem;
        });
        publish(board);
    }

    public void removeItem(DeviceToken device, BoardId board, BoardItemId item) {
        Author author = author(device);
        command(board, author, current -> {
            edits.remove(current, author, item);
            return item;
        });
        publish(board);
    }

    /**
     * Undoes the caller's own last change on this board, unless someone has changed that field since; a copy is
     * one change, undone whole or not at all.
     */
    public boolean undoMyLastChange(DeviceToken device, BoardId board) {
        Author author = author(device);
        boolean undone = transactions.execute(status -> {
            repository.lock(board);
            boolean done = edits.undoLast(ownBoard(board, author), author);
            if (!done) {
                status.setRollbackOnly(); // a group half undone is no undo
            }
            return done;
        });
        if (undone) {
            publish(board);
        }
        return undone;
    }

    /** One command: one transaction, the board's row lock first, then the board read and checked as the author's. */
    private <T> T command(BoardId board, Author author, Function<BoardSnapshot, T> change) {
        return transactions.execute(status -> {
            repository.lock(board);
            return change.apply(ownBoard(board, author));
        });
    }

    /** The board, if it is the author's own table's. */
    private BoardSnapshot ownBoard(BoardId board, Author author) {
        BoardSnapshot current = snapshot(board);
        if (!current.table().equals(author.table())) {
            throw new ActionRefused("notYourBoard");
        }
        return current;
    }

    // ---- what screens see ----

    /** Follows a board as {@code viewer} (one per screen) named {@code name}; the returned action stops. */
    public Runnable follow(BoardId board, String viewer, String name, Consumer<BoardSnapshot> listener) {
        return screens.follow(board, viewer, name, listener);
    }

    /** Follows the board a screen shows; a board not opened yet is followed from the moment its table opens it. */
    public Runnable follow(BoardSnapshot shown, String viewer, String name, Consumer<BoardSnapshot> listener) {
        return screens.follow(shown, viewer, name, listener);
    }

    /** Tells the others which item this viewer is editing now (null when none); the content is not re-read. */
    public void editing(BoardId board, String viewer, BoardItemId item) {
        screens.editing(board, viewer, item);
    }

    /** For the memory checks: boards some screen follows now. */
    int followedBoards() {
        return screens.followedBoards();
    }

    private BoardSnapshot snapshot(BoardId board) {
        return screens.snapshot(board);
    }

    private void publish(BoardId board) {
        screens.publish(board);
    }
}
