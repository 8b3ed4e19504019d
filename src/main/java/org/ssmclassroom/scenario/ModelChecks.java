package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodUnderCheck.ids;
import static org.ssmclassroom.scenario.MethodUnderCheck.nullSafe;

import java.util.List;
import java.util.Set;

/** The method's models: the 9-block grid and the decision trees, on the method's vocabularies. */
final class ModelChecks {

    private final MethodUnderCheck pack;
    private final Method method;
    private final Problems problems;

    ModelChecks(MethodUnderCheck pack) {
        this.pack = pack;
        this.method = pack.method();
        this.problems = pack.problems();
    }

    void run() {
        YamlTree tree = pack.tree("models.yaml");
        Method.NineBlock grid = method.models().nineBlock();
        if (grid != null) {
            pack.refer(tree, "/nineBlock/rows", grid.rows(), vocabularyIds(), "vocabulary");
            pack.refer(tree, "/nineBlock/columns", grid.columns(), vocabularyIds(), "vocabulary");
            Set<String> rows = termIds(grid.rows());
            Set<String> columns = termIds(grid.columns());
            for (int c = 0; c < grid.cells().size(); c++) {
                pack.refer(
                        tree,
                        "/nineBlock/cells/" + c + "/row",
                        grid.cells().get(c).row(),
                        rows,
                        "row");
                pack.refer(
                        tree,
                        "/nineBlock/cells/" + c + "/column",
                        grid.cells().get(c).column(),
                        columns,
                        "column");
            }
        }
        List<Method.DecisionTree> decisionTrees = nullSafe(method.models().decisionTrees());
        for (int t = 0; t < decisionTrees.size(); t++) {
            new DecisionTreeCheck(
                            decisionTrees.get(t),
                            termIds(decisionTrees.get(t).outcomes()),
                            tree,
                            "/decisionTrees/" + t,
                            problems)
                    .run();
            pack.refer(
                    tree,
                    "/decisionTrees/" + t + "/outcomes",
                    decisionTrees.get(t).outcomes(),
                    vocabularyIds(),
                    "vocabulary");
        }
    }

    private Set<String> vocabularyIds() {
        return ids(method.vocabularies(), Method.Vocabulary::id);
    }

    private Set<String> termIds(String vocabulary) {
        return method.vocabulary(vocabulary)
                .map(v -> ids(v.terms(), Method.Term::id))
                .orElse(Set.of());
    }
}
