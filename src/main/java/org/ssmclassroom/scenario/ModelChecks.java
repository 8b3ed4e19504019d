package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;
import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The method's models: the 9-block grid, the decision trees and a 2x2's axes, on the method's vocabularies. */
record ModelChecks(Method method, Map<String, YamlTree> trees, Problems problems) implements MethodPackCheck {

    @Override
    public void run() {
        YamlTree tree = trees.get("models.yaml");
        Method.NineBlock grid = method.models().nineBlock();
        if (grid != null) {
            refer(tree, "/nineBlock/rows", grid.rows(), vocabularyIds(), "vocabulary");
            refer(tree, "/nineBlock/columns", grid.columns(), vocabularyIds(), "vocabulary");
            Set<String> rows = termIds(grid.rows());
            Set<String> columns = termIds(grid.columns());
            for (int c = 0; c < grid.cells().size(); c++) {
                refer(
                        tree,
                        "/nineBlock/cells/" + c + "/row",
                        grid.cells().get(c).row(),
                        rows,
                        "row");
                refer(
                        tree,
                        "/nineBlock/cells/" + c + "/column",
                        grid.cells().get(c).column(),
                        columns,
                        "column");
            }
        }
        List<Method.QuadrantAxes> axes = method.models().quadrantAxes();
        problems.unique(tree, "/quadrantAxes", axes, Method.QuadrantAxes::vocabulary);
        for (int a = 0; a < axes.size(); a++) {
            String vocabulary = axes.get(a).vocabulary();
            refer(tree, "/quadrantAxes/" + a + "/vocabulary", vocabulary, vocabularyIds(), "vocabulary");
            boolean quadrants = method.vocabulary(vocabulary)
                    .map(v -> v.layout() == Method.Layout.QUADRANTS)
                    .orElse(true);
            if (!quadrants) {
                problems.at(
                        tree,
                        "/quadrantAxes/" + a + "/vocabulary",
                        "vocabulary '" + vocabulary + "' is not laid out as quadrants: it has no 2x2 to draw axes on");
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
            refer(
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
