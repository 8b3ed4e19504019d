package org.ssmclassroom.roleplay;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.ssmclassroom.base.ImportEntryPoint;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;

/**
 * Writes an archived workshop's case interview through the same repository as the live one: each table's
 * ticked targets and tagged questions, and whether the case's update was released. Only inside the caller's
 * transaction: an archive import is one user action.
 */
@ImportEntryPoint
public class InterviewImport {

    private final InterviewRepository repository;

    InterviewImport(InterviewRepository repository) {
        this.repository = repository;
    }

    public void table(
            TableId table, Collection<String> found, Map<QuestionKind, Integer> questions, String by, Instant at) {
        found.forEach(target -> repository.mark(table, target, true, by, at));
        questions.forEach((kind, count) -> {
            for (int i = 0; i < count; i++) {
                repository.tag(table, null, kind, by, at);
            }
        });
    }

    /** The questions a table's observer tagged in the conversation with another persona of the case. */
    public void conversation(
            TableId table, String persona, Map<QuestionKind, Integer> questions, String by, Instant at) {
        questions.forEach((kind, count) -> {
            for (int i = 0; i < count; i++) {
                repository.tag(table, persona, kind, by, at);
            }
        });
    }

    public void updateReleased(WorkshopId workshop, String by, Instant at) {
        repository.releaseUpdate(workshop, by, at);
    }
}
