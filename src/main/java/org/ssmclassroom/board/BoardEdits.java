package org.ssmclassroom.board;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.WorkshopService;

/**
 * What an edit does to a board, and its undo. Each is called by {@link BoardService} inside the command's one
 * transaction, after the board's row lock, with the board as read under that lock and already checked to be the
 * writer's own.
 */
@Component
class BoardEdits {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BoardRepository repository;
    private final WorkshopService workshops;
    private final Clock clock;
    private final Duration lateEditGrace;

    BoardEdits(
            BoardRepository repository,
            WorkshopService workshops,
            Clock clock,
            @Value("${ssm.board.late-edit-grace:PT60S}") Duration lateEditGrace) {
        this.repository = repository;
        this.workshops = workshops;
        this.clock = clock;
        this.lateEditGrace = lateEditGrace;
    }

    /** Writes one field if nobody changed it since {@code baseVersion}; see {@link BoardService#edit}. */
    BoardEdit write(
            BoardSnapshot current,
            BoardService.Author author,
            BoardItemId itemId,
            String field,
            String text,
            int baseVersion,
            Instant begunAt) {
        BoardId board = current.boardId();
        String item = itemId.toString();
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
        ensureItem(current, item);
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

    /** A new entry of a list section, with a fresh id. */
    BoardItemId newEntry(String section) {
        return new BoardItemId(section, randomSuffix());
    }

    /** Adds an entry to a list section, up to the list's length (the pack's, or {@link BoardService#MAX_ENTRIES}). */
    void add(BoardSnapshot current, BoardService.Author author, BoardItemId item) {
        addEntry(writable(current), author, item.section(), item.toString(), null, null);
    }

    private void addEntry(
            BoardSnapshot current,
            BoardService.Author author,
            String section,
            String item,
            String group,
            String copiedFrom) {
        BoardId board = current.boardId();
        Method.Section listSection = section(current, section);
        if (listSection.kind() != Method.SectionKind.LIST) {
            throw new IllegalArgumentException("entries are added to list sections only");
        }
        int max = listSection.max() != null ? listSection.max() : BoardService.MAX_ENTRIES;
        // Read again: a copy adds several entries in one transaction.
        if (repository.content(board).itemsOf(section).size() >= max) {
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
    void copy(
            BoardSnapshot board,
            BoardService.Author author,
            String fromExercise,
            BoardItemId sourceId,
            String targetSection) {
        BoardSnapshot current = writable(board);
        String sourceItem = sourceId.toString();
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
        String origin = BoardSnapshots.copyOrigin(fromExercise, sourceItem, targetSection);
        if (BoardSnapshots.standingCopies(repository.copies(current.boardId()), current.content())
                .contains(origin)) {
            throw new ActionRefused("alreadyCopied");
        }
        // One copy, one undo: every change it makes shares a group.
        String group = UUID.randomUUID().toString();
        Method.Section target = section(current, targetSection);
        for (var entry : copy.entries()) {
            Map<String, String> values = new LinkedHashMap<>();
            entry.forEach((to, from) -> values.put(to, carried.content().text(sourceItem, from)));
            if (values.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            String item = target.kind() == Method.SectionKind.LIST
                    ? newEntry(targetSection).toString()
                    : new BoardItemId(targetSection, BoardContent.MAIN).toString();
            if (target.kind() == Method.SectionKind.LIST) {
                addEntry(current, author, targetSection, item, group, origin);
            }
            BoardContent content = current.content();
            values.forEach((field, text) -> {
                String before = content.text(item, field);
                if (!text.isBlank() && !text.equals(before)) {
                    repository.writeValue(
                            current.boardId(),
                            item,
                            field,
                            text,
                            content.version(item, field),
                            author.name(),
                            clock.instant());
                    repository.recordChange(
                            current.boardId(),
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
                ensureItem(current, item);
            }
        }
    }

    /** Takes an entry off the board; its history keeps it. */
    void remove(BoardSnapshot current, BoardService.Author author, BoardItemId removed) {
        BoardId board = writable(current).boardId();
        String item = removed.toString();
        repository.setRemoved(board, item, true);
        repository.recordChange(board, item, null, "+", "-", author.key(), author.name(), clock.instant());
    }

    /**
     * Undoes the author's own last change, unless someone has changed that field since; a copy's changes are
     * undone together. False (the caller rolls back) when it cannot be undone whole.
     */
    boolean undoLast(BoardSnapshot current, BoardService.Author author) {
        BoardId board = current.boardId();
        Optional<BoardRepository.Change> last = repository.lastChangeBy(board, author.key());
        if (current.locked() || last.isEmpty()) {
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

    /** The board, if it may be written on now. */
    private static BoardSnapshot writable(BoardSnapshot current) {
        if (current.locked()) {
            throw new ActionRefused("boardLocked");
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
    private void ensureItem(BoardSnapshot board, String item) {
        if (board.content().items().stream().noneMatch(i -> i.id().equals(item))) {
            repository.addItem(board.boardId(), item);
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
