package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.CasePackCheck.loopFrom;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The case's people: unique ids, and a reporting line that names known people and never loops. */
record PeopleChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems, Set<String> people)
        implements CasePackCheck {

    @Override
    public void run() {
        problems.unique(tree, "/people", caseFile.people(), CaseFile.Person::id);
        Set<String> inReportedLoop = new HashSet<>();
        for (int i = 0; i < caseFile.people().size(); i++) {
            CaseFile.Person person = caseFile.people().get(i);
            person(tree, "/people/" + i + "/reportsTo", person.reportsTo());
            List<String> loop = loopFrom(
                    person.id(),
                    id -> caseFile.person(id)
                            .map(CaseFile.Person::reportsTo)
                            .map(List::of)
                            .orElse(List.of()));
            if (!loop.isEmpty() && inReportedLoop.addAll(loop)) {
                problems.at(
                        tree,
                        "/people/" + i + "/reportsTo",
                        "the reporting line loops: " + String.join(" → ", loop) + " → " + person.id());
            }
        }
    }
}
