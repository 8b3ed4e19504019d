package org.ssmclassroom.scoring;

import java.time.Instant;
import java.util.Set;
import org.ssmclassroom.base.ImportEntryPoint;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/**
 * Writes an archived workshop's scores through the same repository as live scoring, skipping only the live
 * checks (an archived workshop is read only, and the archive was checked whole before). Only inside the caller's
 * transaction: an archive import is one user action.
 */
@ImportEntryPoint
public class ScoreImport {

    private final ScoringRepository repository;

    ScoreImport(ScoringRepository repository) {
        this.repository = repository;
    }

    /** A scorer's mark with its version and pinned evidence, as it stood. */
    public void mark(TableId table, String exercise, ScoreSheet.Mark mark, Instant at) {
        if (!repository.write(table, exercise, mark, 0, at)) {
            throw new IllegalStateException("A second mark of " + mark.scorer() + " for " + mark.criterion());
        }
        for (String item : mark.evidence() == null ? Set.<String>of() : mark.evidence()) {
            repository.pin(table, exercise, mark.criterion(), mark.scorer(), item, at);
        }
    }

    public void agreed(TableId table, String exercise, ScoreSheet.Agreed agreed, Instant at) {
        repository.agree(table, exercise, agreed, at);
    }

    public void covered(TableId table, String exercise, String keyPoint, boolean covered, String by, Instant at) {
        repository.markCoverage(table, exercise, keyPoint, covered, by, at);
    }

    public void released(WorkshopId workshop, String exercise, String by, Instant at) {
        repository.release(workshop, exercise, by, at);
    }
}
