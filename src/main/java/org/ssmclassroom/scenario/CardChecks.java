package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodUnderCheck.ids;

import java.util.List;
import java.util.Set;

/** A card is attached to exercises or stages of this method, and has something to show. */
final class CardChecks {

    private final MethodUnderCheck pack;
    private final Method method;
    private final Problems problems;

    CardChecks(MethodUnderCheck pack) {
        this.pack = pack;
        this.method = pack.method();
        this.problems = pack.problems();
    }

    void run() {
        YamlTree tree = pack.tree("concepts.yaml");
        problems.unique(tree, "/cards", method.cards(), Method.Card::id);
        Set<String> places = ids(method.exercises(), Method.Exercise::id);
        places.addAll(ids(method.course().stages(), Method.Stage::id));
        for (int i = 0; i < method.cards().size(); i++) {
            List<String> attach = method.cards().get(i).attach();
            for (int a = 0; a < attach.size(); a++) {
                pack.refer(tree, "/cards/" + i + "/attach/" + a, attach.get(a), places, "exercise or stage");
            }
        }
    }
}
