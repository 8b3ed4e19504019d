package org.ssmclassroom.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A decision tree must start at a node, lead every answer somewhere, never loop, and reach every node. */
final class DecisionTreeCheck {

    private final Method.DecisionTree decisionTree;
    private final Set<String> outcomes;
    private final YamlTree tree;
    private final String at;
    private final Problems problems;
    private final Map<String, Integer> indexOf = new HashMap<>();

    DecisionTreeCheck(
            Method.DecisionTree decisionTree, Set<String> outcomes, YamlTree tree, String at, Problems problems) {
        this.decisionTree = decisionTree;
        this.outcomes = outcomes;
        this.tree = tree;
        this.at = at;
        this.problems = problems;
    }

    void run() {
        problems.unique(tree, at + "/nodes", decisionTree.nodes(), Method.Node::id);
        for (int i = 0; i < decisionTree.nodes().size(); i++) {
            indexOf.putIfAbsent(decisionTree.nodes().get(i).id(), i);
        }
        if (!indexOf.containsKey(decisionTree.start())) {
            problems.at(tree, at + "/start", "unknown start node '" + decisionTree.start() + "'");
            return;
        }
        for (int i = 0; i < decisionTree.nodes().size(); i++) {
            Method.Node node = decisionTree.nodes().get(i);
            target(i, "yes", node.yes());
            target(i, "no", node.no());
        }
        Set<String> reached = new HashSet<>();
        walk(decisionTree.start(), new HashSet<>(), reached);
        for (var entry : indexOf.entrySet()) {
            if (!reached.contains(entry.getKey())) {
                problems.at(
                        tree,
                        at + "/nodes/" + entry.getValue() + "/id",
                        "node '" + entry.getKey() + "' cannot be reached from '" + decisionTree.start() + "'");
            }
        }
    }

    private void target(int index, String answer, String target) {
        if (!indexOf.containsKey(target) && !outcomes.contains(target)) {
            problems.at(
                    tree,
                    at + "/nodes/" + index + "/" + answer,
                    "'" + target + "' is neither a node nor an outcome of vocabulary '" + decisionTree.outcomes()
                            + "'");
        }
    }

    private void walk(String node, Set<String> path, Set<String> reached) {
        Integer index = indexOf.get(node);
        if (index == null) {
            return;
        }
        if (!path.add(node)) {
            problems.at(tree, at + "/nodes/" + index + "/id", "the tree loops back to node '" + node + "'");
            return;
        }
        reached.add(node);
        Method.Node current = decisionTree.nodes().get(index);
        walk(current.yes(), path, reached);
        walk(current.no(), path, reached);
        path.remove(node);
    }
}
