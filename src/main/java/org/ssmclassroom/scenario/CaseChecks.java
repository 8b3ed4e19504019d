package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodChecks.ids;
import static org.ssmclassroom.scenario.MethodChecks.nullSafe;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cross-references inside a case and from the case into its method. */
final class CaseChecks {

    private final CaseFile caseFile;
    private final Method method;
    private final YamlTree tree;
    private final Problems problems;
    private final Set<String> people;

    CaseChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems) {
        this.caseFile = caseFile;
        this.method = method;
        this.tree = tree;
        this.problems = problems;
        this.people = ids(caseFile.people(), CaseFile.Person::id);
    }

    void run() {
        checkPeople();
        checkPainChains();
        checkInitiatives();
        checkDocuments();
        checkInterview();
        checkNegotiation();
        checkModelAnswers();
    }

    private void checkPeople() {
        problems.unique(tree, "/people", caseFile.people(), CaseFile.Person::id);
        for (int i = 0; i < caseFile.people().size(); i++) {
            CaseFile.Person person = caseFile.people().get(i);
            person(tree, "/people/" + i + "/reportsTo", person.reportsTo());
            if (reportsToThemselves(person)) {
                problems.at(
                        tree,
                        "/people/" + i + "/reportsTo",
                        "the reporting line of '" + person.id() + "' loops back to them");
            }
        }
    }

    private boolean reportsToThemselves(CaseFile.Person start) {
        Set<String> seen = new HashSet<>();
        String next = start.reportsTo();
        while (next != null && seen.add(next)) {
            if (next.equals(start.id())) {
                return true;
            }
            next = caseFile.person(next).map(CaseFile.Person::reportsTo).orElse(null);
        }
        return false;
    }

    private void checkPainChains() {
        problems.unique(tree, "/painChains", caseFile.painChains(), CaseFile.PainChain::id);
        for (int c = 0; c < caseFile.painChains().size(); c++) {
            List<CaseFile.Link> links = caseFile.painChains().get(c).links();
            Set<String> inChain = ids(links, CaseFile.Link::person);
            for (int l = 0; l < links.size(); l++) {
                String at = "/painChains/" + c + "/links/" + l;
                person(tree, at + "/person", links.get(l).person());
                List<CaseFile.Reason> reasons = links.get(l).reasons();
                for (int r = 0; r < reasons.size(); r++) {
                    String leadsTo = reasons.get(r).leadsTo();
                    if (person(tree, at + "/reasons/" + r + "/leadsTo", leadsTo) && !inChain.contains(leadsTo)) {
                        problems.at(
                                tree,
                                at + "/reasons/" + r + "/leadsTo",
                                "'" + leadsTo + "' has no pain in this chain, so this reason cannot lead to them");
                    }
                }
            }
        }
    }

    private void checkInitiatives() {
        problems.unique(tree, "/initiatives", caseFile.initiatives(), CaseFile.Initiative::id);
        Set<String> focuses = terms("initiative-focus");
        for (int i = 0; i < caseFile.initiatives().size(); i++) {
            CaseFile.Initiative initiative = caseFile.initiatives().get(i);
            person(tree, "/initiatives/" + i + "/owner", initiative.owner());
            term(tree, "/initiatives/" + i + "/focus", initiative.focus(), focuses, "initiative-focus");
        }
        if (caseFile.alignment() != null) {
            term(tree, "/alignment/quadrant", caseFile.alignment().quadrant(), terms("sam-quadrants"), "sam-quadrants");
        }
    }

    private void checkDocuments() {
        problems.unique(tree, "/documents", caseFile.documents(), CaseFile.Document::id);
    }

    private void checkInterview() {
        CaseFile.Interview interview = caseFile.interview();
        if (interview == null) {
            return;
        }
        exercise(tree, "/interview/exercise", interview.exercise());
        person(tree, "/interview/persona", interview.persona());
        document(tree, "/interview/salesBrief", interview.salesBrief());
        document(tree, "/interview/personaBrief", interview.personaBrief());
        document(tree, "/interview/update", interview.update());
        problems.unique(tree, "/interview/facts", nullSafe(interview.facts()), CaseFile.PersonaFact::id);
    }

    private void checkNegotiation() {
        if (caseFile.negotiation() == null) {
            return;
        }
        List<CaseFile.Issue> issues = caseFile.negotiation().issues();
        problems.unique(tree, "/negotiation/issues", issues, CaseFile.Issue::id);
        for (int i = 0; i < issues.size(); i++) {
            List<String> involved = nullSafe(issues.get(i).people());
            for (int p = 0; p < involved.size(); p++) {
                person(tree, "/negotiation/issues/" + i + "/people/" + p, involved.get(p));
            }
        }
    }

    private void checkModelAnswers() {
        Set<String> chains = ids(caseFile.painChains(), CaseFile.PainChain::id);
        List<CaseFile.ModelAnswer> answers = nullSafe(caseFile.modelAnswers());
        for (int i = 0; i < answers.size(); i++) {
            String at = "/modelAnswers/" + i;
            exercise(tree, at + "/exercise", answers.get(i).exercise());
            document(tree, at + "/document", answers.get(i).document());
            String chain = answers.get(i).painChain();
            if (chain != null && !chains.contains(chain)) {
                problems.at(tree, at + "/painChain", "unknown pain chain '" + chain + "'");
            }
        }
    }

    /** Reports an unknown person; true when {@code id} names someone. */
    private boolean person(YamlTree tree, String pointer, String id) {
        if (id == null) {
            return false;
        }
        if (!people.contains(id)) {
            problems.at(tree, pointer, "unknown person '" + id + "' (not in people)");
            return false;
        }
        return true;
    }

    private void exercise(YamlTree tree, String pointer, String id) {
        if (id != null && method.exercise(id).isEmpty()) {
            problems.at(tree, pointer, "unknown exercise '" + id + "' (not in the method pack)");
        }
    }

    private void document(YamlTree tree, String pointer, String id) {
        if (id != null && caseFile.document(id).isEmpty()) {
            problems.at(tree, pointer, "unknown document '" + id + "' (not in documents)");
        }
    }

    private Set<String> terms(String vocabulary) {
        return method.vocabulary(vocabulary)
                .map(v -> ids(v.terms(), Method.Term::id))
                .orElse(Set.of());
    }

    private void term(YamlTree tree, String pointer, String id, Set<String> known, String vocabulary) {
        if (id != null && !known.contains(id)) {
            problems.at(
                    tree,
                    pointer,
                    "'" + id + "' is not a term of vocabulary '" + vocabulary + "'; its terms are "
                            + String.join(", ", new java.util.TreeSet<>(known)));
        }
    }
}
