package org.ssmclassroom.roleplay;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.CaseFile;

/**
 * What a table has uncovered in the case interview: the targets ticked, weighted as the pack weighs them, and
 * the questions tagged by kind.
 */
public record Discovery(
        TableId table, List<CaseFile.Target> targets, Set<String> found, Map<QuestionKind, Integer> questions) {

    /** The meter: the share of the targets' weight uncovered, 0 to 100. */
    public int percent() {
        int total = targets.stream().mapToInt(CaseFile.Target::weight).sum();
        int uncovered = targets.stream()
                .filter(t -> found.contains(t.id()))
                .mapToInt(CaseFile.Target::weight)
                .sum();
        return total == 0 ? 0 : Math.round(100f * uncovered / total);
    }

    public int questionsAsked() {
        return questions.values().stream().mapToInt(Integer::intValue).sum();
    }
}
