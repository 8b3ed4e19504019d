package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A card is attached to exercises or stages of this method, and has something to show. */
record CardChecks(Method method, Map<String, YamlTree> trees, Problems problems) implements MethodPackCheck {

    @Override
    public void run() {
        YamlTree tree = trees.get("concepts.yaml");
        problems.unique(tree, "/cards", method.cards(), Method.Card::id);
        Set<String> places = ids(method.exercises(), Method.Exercise::id);
        places.addAll(ids(method.course().stages(), Method.Stage::id));
        for (int i = 0; i < method.cards().size(); i++) {
            List<String> attach = method.cards().get(i).attach();
            for (int a = 0; a < attach.size(); a++) {
                refer(tree, "/cards/" + i + "/attach/" + a, attach.get(a), places, "exercise or stage");
            }
        }
    }
}
