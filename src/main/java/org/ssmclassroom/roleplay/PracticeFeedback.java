package org.ssmclassroom.roleplay;

import java.time.Duration;
import java.util.List;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.scenario.CaseFile;

/**
 * The card at the end of a practice interview: what was found and missed, how the questions were put, the time
 * taken, and for each missed target a question in a 9-block form that would have found it.
 */
public record PracticeFeedback(Discovery discovery, List<CaseFile.Target> found, List<Missed> missed, Duration taken) {

    /** A missed target, and a question that would have found it with its 9-block cell (row · column). */
    public record Missed(CaseFile.Target target, LocalizedText cell, LocalizedText question) {}
}
