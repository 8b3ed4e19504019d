package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Optional;
import org.ssmclassroom.board.BoardSnapshot;

/**
 * What another feature shows below a board (the interview's targets against the notes), so the board's views
 * need not know that feature. Drawn again with every newer snapshot of the board.
 */
public interface BoardParts {

    Optional<Component> below(BoardSnapshot board, Locale locale);
}
