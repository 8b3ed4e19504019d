package org.ssmclassroom.scoring;

/** What became of a change to a mark. */
public sealed interface MarkResult {

    record Saved(ScoreSheet.Mark mark) implements MarkResult {}

    /** The same scorer changed this mark elsewhere first (a second device); here is what it says now. */
    record Conflict(ScoreSheet.Mark current) implements MarkResult {}
}
