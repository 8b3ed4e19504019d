package org.ssmclassroom.scenario;

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
        implements PersonaPartCheck {

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
            players(persona.playedBy(), persona.observedBy(), at, "conversation");
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
            uncovered(persona.targets(), persona.facts(), at, "the persona's targets");
            samples(persona.targets(), at);
        }
        problems.unique(tree, "/personas", personas, CaseFile.Persona::id);
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
