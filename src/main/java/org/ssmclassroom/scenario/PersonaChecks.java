package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;
import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The personas besides the interview's: each a person of the case, used by exercises of the method, with a brief for
 * its player, roles the method knows, and facts that uncover exactly its targets. Persona ids are unique with the
 * interview's, and target ids across all of them: a table's ticks name a target alone.
 */
record PersonaChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems, Set<String> people)
        implements CasePackCheck {

    @Override
    public void run() {
        List<CaseFile.Persona> personas = caseFile.personas();
        Map<String, String> targetOwners = new HashMap<>();
        CaseFile.Interview interview = caseFile.interview();
        if (interview != null) {
            interview.targets().forEach(t -> targetOwners.putIfAbsent(t.id(), "the interview"));
        }
        for (int i = 0; i < personas.size(); i++) {
            CaseFile.Persona persona = personas.get(i);
            String at = "/personas/" + i;
            if (interview != null && persona.id().equals(interview.persona())) {
                problems.at(
                        tree,
                        at + (persona.id().equals(persona.person()) ? "/person" : "/id"),
                        "persona '" + persona.id() + "' is the interview's persona already; give this one its own id");
            }
            person(tree, at + "/person", persona.person());
            for (int e = 0; e < persona.exercises().size(); e++) {
                exercise(tree, at + "/exercises/" + e, persona.exercises().get(e));
            }
            document(tree, at + "/personaBrief", persona.personaBrief());
            briefAudience(at + "/personaBrief", persona.personaBrief());
            role(persona.playedBy(), at + "/playedBy");
            role(persona.observedBy(), at + "/observedBy");
            if (persona.playedBy() != null && persona.playedBy().equals(persona.observedBy())) {
                problems.at(tree, at + "/observedBy", "the persona's player cannot also observe the conversation");
            }
            problems.unique(tree, at + "/facts", persona.facts(), CaseFile.PersonaFact::id);
            problems.unique(tree, at + "/targets", persona.targets(), CaseFile.Target::id);
            for (int t = 0; t < persona.targets().size(); t++) {
                String id = persona.targets().get(t).id();
                String owner = targetOwners.putIfAbsent(id, "persona '" + persona.id() + "'");
                if (owner != null && !owner.equals("persona '" + persona.id() + "'")) {
                    problems.at(
                            tree,
                            at + "/targets/" + t + "/id",
                            "target '" + id + "' is a target of " + owner
                                    + " already; a table's ticks name a target alone, so give it another id");
                }
            }
            reveals(persona, at);
            samples(persona.targets(), at);
        }
        problems.unique(tree, "/personas", personas, CaseFile.Persona::id);
    }

    /** Every fact uncovers known targets of its persona, and every target is uncovered by some fact. */
    private void reveals(CaseFile.Persona persona, String at) {
        Set<String> targets = ids(persona.targets(), CaseFile.Target::id);
        Set<String> uncovered = new java.util.LinkedHashSet<>(targets);
        for (int f = 0; f < persona.facts().size(); f++) {
            List<CaseFile.Layer> layers = persona.facts().get(f).layers();
            for (int l = 0; l < layers.size(); l++) {
                String pointer = at + "/facts/" + f + (l == 0 ? "" : "/more/" + (l - 1)) + "/reveals";
                List<String> reveals = nullSafe(layers.get(l).reveals());
                for (int r = 0; r < reveals.size(); r++) {
                    uncovered.remove(reveals.get(r));
                    if (!targets.contains(reveals.get(r))) {
                        problems.at(
                                tree,
                                pointer + "/" + r,
                                "unknown target '" + reveals.get(r) + "'; the persona's targets are "
                                        + String.join(", ", new java.util.TreeSet<>(targets)));
                    }
                }
            }
        }
        for (int t = 0; t < persona.targets().size(); t++) {
            String id = persona.targets().get(t).id();
            if (uncovered.contains(id)) {
                problems.at(
                        tree,
                        at + "/targets/" + t,
                        "no fact uncovers target '" + id + "': name it in a fact's reveals");
            }
        }
    }

    /** A target's sample question sits in a cell of the method's 9-block grid. */
    private void samples(List<CaseFile.Target> targets, String at) {
        Method.NineBlock grid = method.models().nineBlock();
        for (int i = 0; i < targets.size(); i++) {
            CaseFile.Sample sample = targets.get(i).sample();
            if (sample == null || grid == null) {
                continue;
            }
            String pointer = at + "/targets/" + i + "/sample";
            term(tree, pointer + "/row", sample.row(), terms(grid.rows()), grid.rows());
            term(tree, pointer + "/column", sample.column(), terms(grid.columns()), grid.columns());
        }
    }

    private void role(String role, String pointer) {
        if (role != null && method.course().role(role).isEmpty()) {
            problems.at(
                    tree,
                    pointer,
                    "unknown role '" + role + "'; the method's roles are "
                            + String.join(
                                    ", ",
                                    method.course().roles().stream()
                                            .map(Method.Role::id)
                                            .sorted()
                                            .toList()));
        }
    }

    /** The brief is read only by the persona's player: a document for any other audience would reach the wrong side. */
    private void briefAudience(String pointer, String id) {
        caseFile.document(id == null ? "" : id)
                .filter(d -> d.audience() != CaseFile.Audience.PERSONA)
                .ifPresent(d -> problems.at(
                        tree,
                        pointer,
                        "document '" + id + "' is for audience '"
                                + String.valueOf(d.audience()).toLowerCase()
                                + "'; a persona's brief needs a document for 'persona'"));
    }
}
