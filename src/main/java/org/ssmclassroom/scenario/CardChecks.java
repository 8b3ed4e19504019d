package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A card is attached to exercises or stages of this method, has something to show, and no stage's id. */
record CardChecks(Method method, Map<String, YamlTree> trees, Problems problems) implements MethodPackCheck {

    @Override
    public void run() {
        YamlTree tree = trees.get("concepts.yaml");
        problems.unique(tree, "/cards", method.cards(), Method.Card::id);
        Set<String> places = ids(method.exercises(), Method.Exercise::id);
        places.addAll(ids(method.course().stages(), Method.Stage::id));
        Set<String> stages = ids(method.course().stages(), Method.Stage::id);
        for (int i = 0; i < method.cards().size(); i++) {
            if (stages.contains(method.cards().get(i).id())) {
                // The projector puts up a card or a stage's card by id: the two must not share one.
                problems.at(
                        tree,
                        "/cards/" + i + "/id",
                        "card '" + method.cards().get(i).id() + "' has the id of a stage of course.yaml");
            }
            List<String> attach = method.cards().get(i).attach();
            for (int a = 0; a < attach.size(); a++) {
                refer(tree, "/cards/" + i + "/attach/" + a, attach.get(a), places, "exercise or stage");
            }
        }
    }
}
