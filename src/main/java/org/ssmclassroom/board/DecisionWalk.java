package org.ssmclassroom.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.scenario.Method;

/**
 * A guided yes/no walk through a decision tree of the pack. The answers are board values (node id → yes/no);
 * the walk follows them from the start to the next open question or to a recommended outcome.
 */
public record DecisionWalk(List<Step> steps, Optional<Method.Node> question, Optional<String> outcome) {

    public record Step(Method.Node node, boolean yes) {}

    /**
     * The board field a walk's outcome goes into: the template's field that offers the tree's outcomes (for the
     * competitive strategy, the chosen strategy), so the pack, not the screen, says where a recommendation lands.
     */
    public static Optional<Method.Field> outcomeField(Method.Template template, Method.DecisionTree tree) {
        return template.sections().stream()
                .filter(s -> s.kind() == Method.SectionKind.FIELDS)
                .flatMap(s -> s.fields().stream())
                .filter(f ->
                        f.type() == Method.FieldType.CHOICE && tree.outcomes().equals(f.vocabulary()))
                .findFirst();
    }

    public static DecisionWalk of(Method.DecisionTree tree, Map<String, String> answers) {
        List<Step> steps = new ArrayList<>();
        String at = tree.start();
        while (steps.size() <= tree.nodes().size()) {
            String current = at;
            Optional<Method.Node> node =
                    tree.nodes().stream().filter(n -> n.id().equals(current)).findFirst();
            if (node.isEmpty()) {
                return new DecisionWalk(steps, Optional.empty(), Optional.of(current));
            }
            String answer = answers.get(current);
            if (!"yes".equals(answer) && !"no".equals(answer)) {
                return new DecisionWalk(steps, node, Optional.empty());
            }
            boolean yes = "yes".equals(answer);
            steps.add(new Step(node.get(), yes));
            at = yes ? node.get().yes() : node.get().no();
        }
        return new DecisionWalk(steps, Optional.empty(), Optional.empty());
    }
}
