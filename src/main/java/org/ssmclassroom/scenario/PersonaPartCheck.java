package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;
import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;

import java.util.List;
import java.util.Set;

/**
 * The checks of a persona's own part, the same for the interview's persona and every other: the roles that play and
 * observe it, facts that uncover exactly its targets, and each target's sample in a cell of the 9-block grid.
 */
interface PersonaPartCheck extends CasePackCheck {

    default void role(String role, String pointer) {
        if (role != null && method().course().role(role).isEmpty()) {
            problems()
                    .at(
                            tree(),
                            pointer,
                            "unknown role '" + role + "'; the method's roles are "
                                    + String.join(
                                            ", ",
                                            method().course().roles().stream()
                                                    .map(Method.Role::id)
                                                    .sorted()
                                                    .toList()));
        }
    }

    /** The roles that play and observe the persona; one trainee cannot do both. */
    default void players(String playedBy, String observedBy, String at, String conversation) {
        role(playedBy, at + "/playedBy");
        role(observedBy, at + "/observedBy");
        if (playedBy != null && playedBy.equals(observedBy)) {
            problems().at(tree(), at + "/observedBy", "the persona's player cannot also observe the " + conversation);
        }
    }

    /**
     * Every fact uncovers known targets, and every target is uncovered by some fact; {@code whose} names the targets
     * in the message ("the targets", "the persona's targets").
     */
    default void uncovered(List<CaseFile.Target> targets, List<CaseFile.PersonaFact> facts, String at, String whose) {
        Set<String> ids = ids(targets, CaseFile.Target::id);
        Set<String> uncovered = new java.util.LinkedHashSet<>(ids);
        for (int f = 0; f < facts.size(); f++) {
            List<CaseFile.Layer> layers = facts.get(f).layers();
            for (int l = 0; l < layers.size(); l++) {
                String pointer = at + "/facts/" + f + (l == 0 ? "" : "/more/" + (l - 1)) + "/reveals";
                List<String> reveals = nullSafe(layers.get(l).reveals());
                for (int r = 0; r < reveals.size(); r++) {
                    uncovered.remove(reveals.get(r));
                    if (!ids.contains(reveals.get(r))) {
                        problems()
                                .at(
                                        tree(),
                                        pointer + "/" + r,
                                        "unknown target '" + reveals.get(r) + "'; " + whose + " are "
                                                + String.join(", ", new java.util.TreeSet<>(ids)));
                    }
                }
            }
        }
        for (int t = 0; t < targets.size(); t++) {
            String id = targets.get(t).id();
            if (uncovered.contains(id)) {
                problems()
                        .at(
                                tree(),
                                at + "/targets/" + t,
                                "no fact uncovers target '" + id + "': name it in a fact's reveals");
            }
        }
    }

    /** A target's sample question sits in a cell of the method's 9-block grid. */
    default void samples(List<CaseFile.Target> targets, String at) {
        Method.NineBlock grid = method().models().nineBlock();
        for (int i = 0; i < targets.size(); i++) {
            CaseFile.Sample sample = targets.get(i).sample();
            if (sample == null || grid == null) {
                continue;
            }
            String pointer = at + "/targets/" + i + "/sample";
            term(tree(), pointer + "/row", sample.row(), terms(grid.rows()), grid.rows());
            term(tree(), pointer + "/column", sample.column(), terms(grid.columns()), grid.columns());
        }
    }
}
