package org.ssmclassroom.board;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/** Opening a table's board for an exercise: made once, on first use, and seeded from the case. */
@Component
class BoardOpening {

    private final BoardRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BoardOpening(BoardRepository repository, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The table's board; {@code created} when it was not there at first look (screens waiting for it are told). */
    record Opened(BoardId board, boolean created) {}

    /**
     * The table's board for an exercise; a new board starts with what the case names for it. Opened by two nodes
     * at once, it is inserted once and seeded once: the second waits on the first's row lock and finds it seeded.
     */
    Opened open(WorkshopSnapshot workshop, TableId table, String exerciseId) {
        Optional<BoardRepository.BoardRow> existing = repository.find(table, exerciseId);
        if (existing.isPresent()) {
            return new Opened(existing.get().id(), false);
        }
        return transactions.execute(status -> {
            BoardId board = repository.findOrCreate(table, exerciseId).id();
            if (repository.bare(board)) {
                seedFromCase(workshop, board, exerciseId);
            }
            return new Opened(board, true);
        });
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
                    String item = new BoardItemId(section.id(), "case-" + issue.id()).toString();
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
}
