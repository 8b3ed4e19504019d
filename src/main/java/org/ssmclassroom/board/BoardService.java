package org.ssmclassroom.board;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.Ids.TableId;
import org.ssmclassroom.workshop.Ids.WorkshopId;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * The tables' shared boards. Trainees edit only their own table's board, and only while it is open (its clock
 * has not run out, or the instructor unlocked it); instructors see every board and can unlock one. Each change
 * is stored (with its history) before the new snapshot goes to everyone on the board.
 */
@Service
public class BoardService {

    private static final String INSTRUCTOR = "hasRole('INSTRUCTOR')";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    /** Enough for any exercise, and a bound on what one tablet can pile onto a board. */
    public static final int MAX_ENTRIES = 50;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BoardRepository repository;
    private final WorkshopService workshops;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AtomicLong revisions = new AtomicLong();
    private final LiveBoards live = new LiveBoards(revisions);

    private final ClusterBus bus;
    private final Duration lateEditGrace;

    BoardService(
            BoardRepository repository,
            WorkshopService workshops,
            Clock clock,
            TransactionTemplate transactions,
            ClusterBus bus,
            @Value("${ssm.board.late-edit-grace:PT60S}") Duration lateEditGrace) {
        this.lateEditGrace = lateEditGrace;
        this.repository = repository;
        this.workshops = workshops;
        this.clock = clock;
        this.transactions = transactions;
        this.bus = bus;
        workshops.followAll(this::workshopChanged);
        // Another node's change to a board this node shows is read again for its screens.
        bus.on(TOPIC, announced -> {
            BoardId board = new BoardId(Long.parseLong(announced.key()));
            if (live.followed(board)) {
                publishHere(board);
            } else if (live.awaited()) {
                repository.find(board).ifPresent(this::openedElsewhere);
            }
        });
        bus.on(PRESENCE, this::presenceElsewhere);
        bus.onMissed(() -> live.followedBoards().forEach(this::publishHere));
    }

    private static final String TOPIC = "board";

    /** The server's time, for clocks that tick in the browser. */
    public java.time.Instant now() {
        return clock.instant();
    }

    /** Who is editing: a trainee's tablet, resolved to its participant on the server. */
    public record Author(String key, String name, TableId table) {}

    /** Whether this device has a seat (in an open workshop, or in one that closed: its boards stay readable). */
    public boolean hasJoined(DeviceToken device) {
        return workshops.seatOf(device).isPresent();
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
        return repository.boardsOf(table).stream()
                .map(BoardRepository.BoardRow::exerciseId)
                .toList();
    }

    public Author author(DeviceToken device) {
        WorkshopService.Seat seat = workshops.seatOf(device).orElseThrow(() -> new ActionRefused("notJoined"));
        Participant me = seat.workshop().participant(seat.participant()).orElseThrow();
        return new Author("p" + me.id().value(), me.name(), me.table());
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
                .orElseGet(() -> absent(table, exerciseId));
    }

    /** Opens the table's board for an exercise as the instructor (to unlock it, or put it on the projector). */
    @PreAuthorize(INSTRUCTOR)
    public BoardId open(TableId table, String exerciseId) {
        return open(workshops.snapshotOfTable(table), table, exerciseId);
    }

    /**
     * The table's board for an exercise; a new board starts with what the case names for it. Opened by two nodes
     * at once, it is inserted once and seeded once: the second waits on the first's row lock and finds it seeded.
     */
    private BoardId open(WorkshopSnapshot workshop, TableId table, String exerciseId) {
        Optional<BoardRepository.BoardRow> existing = repository.find(table, exerciseId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        BoardId opened = transactions.execute(status -> {
            BoardId board = repository.findOrCreate(table, exerciseId).id();
            if (repository.bare(board)) {
                seedFromCase(workshop, board, exerciseId);
            }
            return board;
        });
        live.opened(table, exerciseId, opened, this::snapshot);
        bus.announce(TOPIC, String.valueOf(opened.value()), "");
        return opened;
    }

    /**
     * A list section the pack seeds from the case starts with one entry per item there (negotiation: one per issue
     * of the case, Homebody's price, consultant and guarantee), so teams prepare the issues the case names.
     */
    private void seedFromCase(WorkshopSnapshot workshop, BoardId board, String exerciseId) {
        var negotiation = workshop.pack().caseData().map(c -> c.negotiation()).orElse(null);
        Method.Exercise exercise = workshop.pack().method().exercise(exerciseId).orElseThrow();
        if (negotiation == null || exercise.caseSource() != Method.CaseSource.CASE_PACK) {
            return;
        }
        Method.Template template =
                workshop.pack().method().template(exercise.template()).orElseThrow();
        template.sections().stream()
                .filter(s -> s.kind() == Method.SectionKind.LIST && s.seed() != null)
                .filter(s -> s.seed().from() == Method.SeedSource.NEGOTIATION_ISSUES)
                .forEach(section -> negotiation.issues().forEach(issue -> {
                    String item = BoardContent.itemId(section.id(), "case-" + issue.id());
                    repository.addItem(board, item);
                    repository.writeValue(
                            board,
                            item,
                            section.seed().field(),
                            issue.title().in(workshop.workshop().language()),
                            0,
                            "—",
                            clock.instant());
                }));
    }

    /**
     * The table's board as it stood at time-up, with the changes made after it; the board now while time was
     * never up.
     */
    @PreAuthorize(INSTRUCTOR)
    public AtTimeUp atTimeUp(TableId table, String exerciseId) {
        BoardSnapshot now = boardFor(table, exerciseId);
        Optional<Instant> timeUp = workshops.timeUp(table, exerciseId);
        if (timeUp.isEmpty()) {
            return new AtTimeUp(now, now, null, List.of());
        }
        if (now.absent()) {
            return new AtTimeUp(now.withContent(now.content()), now, timeUp.get(), List.of());
        }
        List<BoardHistory.Change> history = repository.changesAfter(now.boardId(), timeUp.get());
        BoardContent then =
                BoardHistory.asOf(now.content(), history, repository.positions(now.boardId()), timeUp.get());
        return new AtTimeUp(now.withContent(then), now, timeUp.get(), BoardHistory.since(history, timeUp.get()));
    }

    /**
     * The case's model answer for an exercise drawn as a board, in the given language, for the debrief beside
     * the tables' boards; empty when the case writes none as a board.
     */
    @PreAuthorize(INSTRUCTOR)
    public Optional<BoardSnapshot> modelAnswer(WorkshopId id, String exerciseId, Locale locale) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        Method method = workshop.pack().method();
        Optional<Method.Exercise> exercise = method.exercise(exerciseId);
        Optional<Method.Template> template = exercise.flatMap(e -> method.template(e.template()));
        Map<String, Object> answer = workshop.pack().modelBoard(exerciseId);
        if (template.isEmpty() || answer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BoardSnapshot(
                0,
                null,
                id,
                null,
                "",
                ExerciseClock.idle(),
                null,
                workshop.pack(),
                exercise.get(),
                template.get(),
                BoardContent.ofModel(template.get(), answer, locale),
                true,
                false,
                List.of(),
                List.of()));
    }

    /** Every board of a table with what it says and its whole history, for the workshop's archive. */
    @PreAuthorize(INSTRUCTOR)
    public List<BoardRecord> recordOf(TableId table) {
        return repository.boardsOf(table).stream()
                .map(row -> {
                    BoardContent content = repository.content(row.id());
                    Set<String> shown = new HashSet<>();
                    content.items().forEach(item -> shown.add(item.id()));
                    List<BoardContent.Item> removed = repository.positions(row.id()).entrySet().stream()
                            .filter(e -> !shown.contains(e.getKey()))
                            .map(e -> new BoardContent.Item(e.getKey(), e.getValue()))
                            .sorted(java.util.Comparator.comparingInt(BoardContent.Item::position))
                            .toList();
                    return new BoardRecord(
                            row.exerciseId(),
                            row.unlocked(),
                            content,
                            removed,
                            repository.changesAfter(row.id(), Instant.EPOCH));
                })
                .toList();
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
        BoardEdit result = transactions.execute(status -> {
            repository.lock(board);
            return write(board, author, item, field, text, baseVersion, begunAt);
        });
        if (result instanceof BoardEdit.Saved || result instanceof BoardEdit.SavedLate) {
            publish(board);
        }
        return result;
    }

    private BoardEdit write(
            BoardId board,
            Author author,
            BoardItemId itemId,
            String field,
            String text,
            int baseVersion,
            Instant begunAt) {
        String item = itemId.toString();
        BoardSnapshot current = ownBoard(board, author);
        Optional<Instant> late = Optional.empty();
        if (current.locked()) {
            late = lockedJustBefore(current, begunAt);
            if (late.isEmpty()) {
                return new BoardEdit.Locked();
            }
        }
        requireField(current, itemId, field);
        String clean = text == null ? "" : text.strip();
        Optional<BoardEdit.Refused> refused = refusal(current, itemId, field, clean);
        if (refused.isPresent()) {
            return refused.get();
        }
        String before = current.content().text(item, field);
        if (late.isPresent() && clean.equals(before) && current.content().version(item, field) == baseVersion) {
            // The text saved at the lock, sent again as the writer leaves the field: nothing new to record.
            return new BoardEdit.SavedLate(baseVersion, late.get());
        }
        if (!repository.writeValue(board, item, field, clean, baseVersion, author.name(), clock.instant())) {
            BoardContent now = repository.content(board);
            return new BoardEdit.Conflict(
                    now.text(item, field),
                    now.version(item, field),
                    now.value(item, field).map(BoardContent.Value::author).orElse(""));
        }
        ensureItem(current, board, item);
        repository.recordChange(board, item, field, before, clean, author.key(), author.name(), clock.instant());
        return late.<BoardEdit>map(at -> new BoardEdit.SavedLate(baseVersion + 1, at))
                .orElse(new BoardEdit.Saved(baseVersion + 1));
    }

    /**
     * When a locked board locked, if an edit begun before that may still be saved now: the board locked by its
     * clock (time-up) or by the instructor locking it again, not by the table moving on or the workshop closing.
     */
    private Optional<Instant> lockedJustBefore(BoardSnapshot board, Instant begunAt) {
        if (begunAt == null
                || board.tableMovedOn()
                || workshops.snapshotOfTable(board.table()).workshop().isClosed()) {
            return Optional.empty();
        }
        Instant relocked = repository
                .find(board.boardId())
                .map(BoardRepository.BoardRow::relockedAt)
                .orElse(null);
        return workshops
                .timeUp(board.table(), board.exercise().id())
                .map(timeUp -> relocked != null && relocked.isAfter(timeUp) ? relocked : timeUp)
                .filter(lockedAt -> !begunAt.isAfter(lockedAt))
                .filter(lockedAt -> clock.instant().isBefore(lockedAt.plus(lateEditGrace)));
    }

    /** Adds an entry to a list section; returns its item id. */
    public BoardItemId addItem(DeviceToken device, BoardId board, String section) {
        Author author = author(device);
        BoardItemId item = new BoardItemId(section, randomSuffix());
        transactions.executeWithoutResult(status -> {
            repository.lock(board);
            addEntry(board, author, section, item.toString(), null, null);
        });
        publish(board);
        return item;
    }

    private void addEntry(BoardId board, Author author, String section, String item, String group, String copiedFrom) {
        BoardSnapshot current = writable(board, author);
        if (current == null) {
            throw new ActionRefused("boardLocked");
        }
        Method.Section listSection = section(current, section);
        if (listSection.kind() != Method.SectionKind.LIST) {
            throw new IllegalArgumentException("entries are added to list sections only");
        }
        int max = listSection.max() != null ? listSection.max() : MAX_ENTRIES;
        if (current.content().itemsOf(section).size() >= max) {
            throw new ActionRefused("listFull", max);
        }
        repository.addItem(board, item);
        repository.recordChange(
                board, item, null, null, "+", author.key(), author.name(), clock.instant(), group, copiedFrom);
    }

    /**
     * Copies an entry of a board carried onto this one into {@code targetSection} here, as the pack's
     * {@code copyTo} says: new entries of a list with the copied fields, or a fields section filled in.
     */
    public void copyEntry(
            DeviceToken device, BoardId board, String fromExercise, BoardItemId sourceItem, String targetSection) {
        Author author = author(device);
        transactions.executeWithoutResult(status -> {
            repository.lock(board);
            copy(board, author, fromExercise, sourceItem, targetSection);
        });
        publish(board);
    }

    private void copy(BoardId board, Author author, String fromExercise, BoardItemId sourceId, String targetSection) {
        String sourceItem = sourceId.toString();
        BoardSnapshot current = writable(board, author);
        if (current == null) {
            throw new ActionRefused("boardLocked");
        }
        BoardSnapshot.Carried carried = current.carried().stream()
                .filter(c -> c.from().id().equals(fromExercise)
                        && sourceId.section().equals(c.section().id()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nothing of " + fromExercise + " is carried here"));
        Method.CopyTo copy = carried.copyTo().stream()
                .filter(c -> c.section().equals(targetSection))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("entries are not copied into " + targetSection));
        if (carried.content().itemsOf(carried.section().id()).stream().noneMatch(i -> i.id().equals(sourceItem))) {
            throw new IllegalArgumentException("no entry " + sourceItem);
        }
        String origin = copyOrigin(fromExercise, sourceItem, targetSection);
        if (standingCopies(board, current.content()).contains(origin)) {
            throw new ActionRefused("alreadyCopied");
        }
        // One copy, one undo: every change it makes shares a group.
        String group = java.util.UUID.randomUUID().toString();
        Method.Section target = section(current, targetSection);
        for (var entry : copy.entries()) {
            Map<String, String> values = new java.util.LinkedHashMap<>();
            entry.forEach((to, from) -> values.put(to, carried.content().text(sourceItem, from)));
            if (values.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            String item = target.kind() == Method.SectionKind.LIST
                    ? BoardContent.itemId(targetSection, randomSuffix())
                    : BoardContent.itemId(targetSection, BoardContent.MAIN);
            if (target.kind() == Method.SectionKind.LIST) {
                addEntry(board, author, targetSection, item, group, origin);
            }
            BoardContent content = current.content();
            values.forEach((field, text) -> {
                String before = content.text(item, field);
                if (!text.isBlank() && !text.equals(before)) {
                    repository.writeValue(
                            board, item, field, text, content.version(item, field), author.name(), clock.instant());
                    repository.recordChange(
                            board,
                            item,
                            field,
                            before,
                            text,
                            author.key(),
                            author.name(),
                            clock.instant(),
                            group,
                            origin);
                }
            });
            if (target.kind() == Method.SectionKind.FIELDS) {
                ensureItem(current, board, item);
            }
        }
    }

    private static String copyOrigin(String fromExercise, String sourceItem, String targetSection) {
        return fromExercise + ":" + sourceItem + ">" + targetSection;
    }

    /** The copies on the board that still stand: not undone, and their entries not removed. */
    private Set<String> standingCopies(BoardId board, BoardContent content) {
        Set<String> present =
                content.items().stream().map(BoardContent.Item::id).collect(java.util.stream.Collectors.toSet());
        return repository.copies(board).stream()
                .filter(copy -> present.contains(copy.getValue()))
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    public void removeItem(DeviceToken device, BoardId board, BoardItemId removed) {
        String item = removed.toString();
        Author author = author(device);
        transactions.executeWithoutResult(status -> {
            repository.lock(board);
            if (writable(board, author) == null) {
                throw new ActionRefused("boardLocked");
            }
            repository.setRemoved(board, item, true);
            repository.recordChange(board, item, null, "+", "-", author.key(), author.name(), clock.instant());
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
            boolean done = undoLast(board, author);
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

    private boolean undoLast(BoardId board, Author author) {
        BoardSnapshot current = writable(board, author);
        Optional<BoardRepository.Change> last = repository.lastChangeBy(board, author.key());
        if (current == null || last.isEmpty()) {
            return false;
        }
        List<BoardRepository.Change> changes = last.get().group() == null
                ? List.of(last.get())
                : repository.group(board, last.get().group());
        BoardContent content = current.content();
        for (BoardRepository.Change change : changes) {
            if (change.field() != null
                    && !content.text(change.item(), change.field()).equals(change.newValue())) {
                return false;
            }
        }
        for (BoardRepository.Change change : changes) {
            if (change.field() == null) {
                repository.setRemoved(board, change.item(), "+".equals(change.newValue()));
            } else if (!repository.writeValue(
                    board,
                    change.item(),
                    change.field(),
                    change.oldValue(),
                    content.version(change.item(), change.field()),
                    author.name(),
                    clock.instant())) {
                return false;
            }
            repository.markUndone(change.id(), clock.instant());
        }
        return true;
    }

    // ---- live ----

    /** Follows a board as {@code viewer} (one per screen) named {@code name}; the returned action stops. */
    public Runnable follow(BoardId board, String viewer, String name, Consumer<BoardSnapshot> listener) {
        live.add(board, viewer, name, listener);
        live.send(board, this::snapshot);
        announcePresence(board);
        return () -> unfollow(board, viewer, listener);
    }

    /** Follows the board a screen shows; a board not opened yet is followed from the moment its table opens it. */
    public Runnable follow(BoardSnapshot shown, String viewer, String name, Consumer<BoardSnapshot> listener) {
        if (!shown.absent()) {
            return follow(shown.boardId(), viewer, name, listener);
        }
        LiveBoards.Waiting waiting = live.await(shown.table(), shown.exercise().id(), viewer, name, listener);
        // Opened between the screen's read and now: it follows it at once.
        repository.find(shown.table(), shown.exercise().id()).ifPresent(this::openedElsewhere);
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
        announcePresence(board);
    }

    private void openedElsewhere(BoardRepository.BoardRow row) {
        live.opened(row.table(), row.exerciseId(), row.id(), this::snapshot);
    }

    // Who is on a board through this node, for the other nodes: on every change, and again now and then, so that
    // the presence of a node that died fades (LiveBoards.STALE).
    private static final String PRESENCE = "presence";
    private static final String FIELD = "\u001F";
    private static final String RECORD = "\u001E";

    private void announcePresence(BoardId board) {
        if (bus.severalNodes()) {
            bus.announce(
                    PRESENCE,
                    String.valueOf(board.value()),
                    String.join(
                            RECORD,
                            live.here(board).stream()
                                    .map(p -> String.join(
                                            FIELD,
                                            p.viewer(),
                                            p.name(),
                                            p.editingItem() == null
                                                    ? ""
                                                    : p.editingItem().toString()))
                                    .toList()));
        }
    }

    private void presenceElsewhere(ClusterBus.Announcement announced) {
        BoardId board = new BoardId(Long.parseLong(announced.key()));
        List<BoardSnapshot.Presence> presence = new java.util.ArrayList<>();
        for (String record : announced.detail().split(RECORD)) {
            String[] fields = record.split(FIELD, -1);
            if (fields.length == 3) {
                presence.add(new BoardSnapshot.Presence(
                        fields[0], fields[1], BoardItemId.read(fields[2]).orElse(null)));
            }
        }
        live.elsewhere(board, announced.from(), presence);
        if (live.followed(board)) {
            live.sendPresence(board);
        }
    }

    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 30_000)
    void announceWhoIsHere() {
        live.followedBoards().forEach(this::announcePresence);
        live.forgetSilentNodes();
    }

    /** For the memory checks: boards some screen follows now. */
    int followedBoards() {
        return live.size();
    }

    @EventListener(ContextClosedEvent.class)
    void stopSending() {
        live.clear();
    }

    /** Tells the others which item this viewer is editing now (null when none); the content is not re-read. */
    public void editing(BoardId board, String viewer, BoardItemId item) {
        if (live.editing(board, viewer, item)) {
            live.sendPresence(board);
            announcePresence(board);
        }
    }

    BoardSnapshot snapshot(BoardId board) {
        BoardRepository.BoardRow row =
                repository.find(board).orElseThrow(() -> new IllegalArgumentException("no board"));
        BoardContent content = repository.content(board);
        return snapshot(row, content, standingCopies(board, content));
    }

    /** A board the table never opened, as it would start: empty, with what is carried onto it. */
    private BoardSnapshot absent(TableId table, String exerciseId) {
        return snapshot(
                new BoardRepository.BoardRow(null, table, exerciseId, false, null),
                new BoardContent(List.of(), Map.of()),
                Set.of());
    }

    private BoardSnapshot snapshot(BoardRepository.BoardRow row, BoardContent content, Set<String> copies) {
        BoardId board = row.id();
        WorkshopSnapshot workshop = workshops.snapshotOfTable(row.table());
        // A pack edited on disk between two starts may have dropped the exercise: say so instead of failing.
        Method.Exercise exercise = workshop.pack()
                .method()
                .exercise(row.exerciseId())
                .orElseThrow(() -> new ActionRefused("exerciseGone", row.exerciseId()));
        Method.Template template = workshop.pack()
                .method()
                .template(exercise.template())
                .orElseThrow(() -> new ActionRefused("exerciseGone", row.exerciseId()));
        WorkshopTable table = workshop.table(row.table()).orElseThrow();
        return new BoardSnapshot(
                revisions.incrementAndGet(),
                board,
                workshop.workshop().id(),
                row.table(),
                table.name(),
                table.clock(),
                table.exerciseId(),
                workshop.pack(),
                exercise,
                template,
                content,
                locked(workshop, table, row.exerciseId(), row.unlocked()),
                row.unlocked(),
                carried(workshop, row.table(), exercise, copies),
                board == null ? List.of() : live.presence(board));
    }

    /**
     * The one rule for a board's lock: open while its exercise is the table's current one and the clock has not
     * ended, or when the instructor unlocked it; never in a closed workshop.
     */
    private static boolean locked(WorkshopSnapshot workshop, WorkshopTable table, String exercise, boolean unlocked) {
        boolean timeUp = !exercise.equals(table.exerciseId()) || table.clock().state() == ExerciseClock.State.ENDED;
        return workshop.workshop().isClosed() || (timeUp && !unlocked);
    }

    private List<BoardSnapshot.Carried> carried(
            WorkshopSnapshot workshop, TableId table, Method.Exercise exercise, Set<String> copies) {
        List<BoardSnapshot.Carried> carried = new ArrayList<>();
        Method method = workshop.pack().method();
        for (Method.CarryForward carry : exercise.carryForward()) {
            Method.Exercise from = method.exercise(carry.exercise()).orElseThrow();
            Method.Section section = method.template(from.template()).orElseThrow().sections().stream()
                    .filter(s -> s.id().equals(carry.section()))
                    .findFirst()
                    .orElseThrow();
            BoardContent content = repository
                    .find(table, from.id())
                    .map(b -> repository.content(b.id()))
                    .orElse(new BoardContent(List.of(), Map.of()));
            String prefix = from.id() + ":";
            Set<String> copied = copies.stream()
                    .filter(c -> c.startsWith(prefix))
                    .map(c -> c.substring(prefix.length()))
                    .collect(java.util.stream.Collectors.toSet());
            carried.add(new BoardSnapshot.Carried(from, section, content, carry.copyTo(), copied));
        }
        return carried;
    }

    /** Tells the board's screens, and those of the same table's boards that carry it forward, on every node. */
    private void publish(BoardId board) {
        publishHere(board);
        bus.announce(TOPIC, String.valueOf(board.value()), "");
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

    /**
     * A workshop change (a join, a signal) reaches a board's screens only when it changes what they show: the
     * table's name, clock or current exercise, and so the lock. That update needs no database read.
     */
    private void workshopChanged(WorkshopSnapshot workshop) {
        for (BoardSnapshot shown : live.of(workshop.workshop().id())) {
            workshop.table(shown.table()).ifPresent(table -> {
                boolean locked = locked(workshop, table, shown.exercise().id(), shown.unlocked());
                if (locked != shown.locked()
                        || !table.name().equals(shown.tableName())
                        || !table.clock().equals(shown.clock())
                        || !java.util.Objects.equals(table.exerciseId(), shown.tableExercise())) {
                    live.update(
                            shown.boardId(),
                            latest -> latest.withTable(
                                    revisions.incrementAndGet(),
                                    table.name(),
                                    table.clock(),
                                    table.exerciseId(),
                                    locked));
                }
            });
        }
    }

    /** The board if {@code author} may write on it now, else null. */
    private BoardSnapshot writable(BoardId board, Author author) {
        BoardSnapshot current = ownBoard(board, author);
        return current.locked() ? null : current;
    }

    /** The board, if it is the author's own table's. */
    private BoardSnapshot ownBoard(BoardId board, Author author) {
        BoardSnapshot current = snapshot(board);
        if (!current.table().equals(author.table())) {
            throw new ActionRefused("notYourBoard");
        }
        return current;
    }

    private static Method.Section section(BoardSnapshot board, String section) {
        return board.template().sections().stream()
                .filter(s -> s.id().equals(section))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + section));
    }

    private static void requireField(BoardSnapshot board, BoardItemId item, String field) {
        Method.Section section = section(board, item.section());
        boolean known = section.kind() == Method.SectionKind.DECISION
                ? board.pack().method().models().decisionTrees().stream()
                        .filter(t -> t.id().equals(section.tree()))
                        .flatMap(t -> t.nodes().stream())
                        .anyMatch(n -> n.id().equals(field))
                : section.fields().stream().anyMatch(f -> f.id().equals(field));
        if (!known) {
            throw new IllegalArgumentException("no field " + field + " in " + item);
        }
    }

    /** A value the field cannot hold, whatever the browser let through: too long, or not one of its choices. */
    private static Optional<BoardEdit.Refused> refusal(
            BoardSnapshot board, BoardItemId item, String field, String text) {
        Optional<Method.Field> definition = section(board, item.section()).fields().stream()
                .filter(f -> f.id().equals(field))
                .findFirst();
        if (definition.isEmpty() || text.isEmpty()) {
            return Optional.empty(); // a decision node: its answers are checked by the walk
        }
        Method.Field f = definition.get();
        if (text.length() > f.type().maxLength()) {
            return Optional.of(new BoardEdit.Refused("refused.tooLong", f.type().maxLength()));
        }
        boolean valid = switch (f.type()) {
            case CHOICE ->
                board.pack().method().vocabulary(f.vocabulary()).stream()
                        .flatMap(v -> v.terms().stream())
                        .anyMatch(t -> t.id().equals(text));
            case SCALE ->
                text.matches("\\d{1,3}") && Integer.parseInt(text) >= f.min() && Integer.parseInt(text) <= f.max();
            case YES_NO -> text.equals("yes");
            case DATE -> text.matches("\\d{4}-\\d{2}-\\d{2}");
            default -> true;
        };
        return valid ? Optional.empty() : Optional.of(new BoardEdit.Refused("refused.notAChoice", 0));
    }

    /** Fields and grid cells exist implicitly; they become items on their first write. */
    private void ensureItem(BoardSnapshot board, BoardId id, String item) {
        if (board.content().items().stream().noneMatch(i -> i.id().equals(item))) {
            repository.addItem(id, item);
        }
    }

    private static String randomSuffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return suffix.toString();
    }
}
