package org.ssmclassroom.board;

import java.util.HashSet;
import java.util.Set;
import org.ssmclassroom.base.ImportEntryPoint;
import org.ssmclassroom.base.TableId;

/**
 * Writes an archived table's board as {@link BoardService#recordOf} gave it: the board feature writes its own
 * tables. Only inside the caller's transaction: an archive import is one user action.
 */
@ImportEntryPoint
public class BoardImport {

    private final BoardImportRepository repository;

    BoardImport(BoardImportRepository repository) {
        this.repository = repository;
    }

    /**
     * The board with its entries, removed entries, values and history; {@code authorKey} is who undo would look
     * for, which no trainee of an archived workshop is.
     */
    public void importArchived(TableId table, BoardService.BoardRecord board, String authorKey) {
        long id = repository.insertBoard(table, board.exerciseId(), board.unlocked());
        Set<String> seen = new HashSet<>();
        board.content().items().stream()
                .filter(item -> seen.add(item.id()))
                .forEach(item -> repository.insertItem(id, item, false));
        board.removed().stream()
                .filter(item -> seen.add(item.id()))
                .forEach(item -> repository.insertItem(id, item, true));
        board.content().values().forEach((key, value) -> repository.insertValue(id, key, value));
        board.history().forEach(change -> repository.insertChange(id, change, authorKey));
    }
}
