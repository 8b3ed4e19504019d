package org.ssmclassroom.board;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/** What other features read of the boards (scoring, the debrief, the archive); nothing here writes. */
@Component
class BoardAnswers {

    private final BoardRepository repository;
    private final WorkshopService workshops;

    BoardAnswers(BoardRepository repository, WorkshopService workshops) {
        this.repository = repository;
        this.workshops = workshops;
    }

    /** The board {@code now} as it stood at time-up, with the changes made after it; now while time was never up. */
    BoardService.AtTimeUp atTimeUp(BoardSnapshot now) {
        Optional<Instant> timeUp = workshops.timeUp(now.table(), now.exercise().id());
        if (timeUp.isEmpty()) {
            return new BoardService.AtTimeUp(now, now, null, List.of());
        }
        if (now.absent()) {
            return new BoardService.AtTimeUp(now.withContent(now.content()), now, timeUp.get(), List.of());
        }
        List<BoardHistory.Change> history = repository.changesAfter(now.boardId(), timeUp.get());
        BoardContent then =
                BoardHistory.asOf(now.content(), history, repository.positions(now.boardId()), timeUp.get());
        return new BoardService.AtTimeUp(
                now.withContent(then), now, timeUp.get(), BoardHistory.since(history, timeUp.get()));
    }

    /** The case's model answer for an exercise drawn as a board, in one language; empty when the case has none. */
    Optional<BoardSnapshot> modelAnswer(WorkshopId id, String exerciseId, Locale locale) {
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
    List<BoardService.BoardRecord> recordOf(TableId table) {
        return repository.boardsOf(table).stream()
                .map(row -> {
                    BoardContent content = repository.content(row.id());
                    Set<String> shown = new HashSet<>();
                    content.items().forEach(item -> shown.add(item.id()));
                    List<BoardContent.Item> removed = repository.positions(row.id()).entrySet().stream()
                            .filter(e -> !shown.contains(e.getKey()))
                            .map(e -> new BoardContent.Item(e.getKey(), e.getValue()))
                            .sorted(Comparator.comparingInt(BoardContent.Item::position))
                            .toList();
                    return new BoardService.BoardRecord(
                            row.exerciseId(),
                            row.unlocked(),
                            content,
                            removed,
                            repository.changesAfter(row.id(), Instant.EPOCH));
                })
                .toList();
    }

    /** The exercises a table has a board for, in the order it opened them. */
    List<String> exercisesWithBoards(TableId table) {
        return repository.boardsOf(table).stream()
                .map(BoardRepository.BoardRow::exerciseId)
                .toList();
    }
}
