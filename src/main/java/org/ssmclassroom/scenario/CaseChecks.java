package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;

import java.util.Set;

/**
 * Cross-references inside a case and from the case into its method. Runs the check of each part of the case, always
 * in this order.
 */
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
        new PeopleChecks(caseFile, method, tree, problems, people).run();
        new PainChainChecks(caseFile, method, tree, problems, people).run();
        new InitiativeChecks(caseFile, method, tree, problems, people).run();
        problems.unique(tree, "/documents", caseFile.documents(), CaseFile.Document::id);
        new InterviewChecks(caseFile, method, tree, problems, people).run();
        new PersonaChecks(caseFile, method, tree, problems, people).run();
        new NegotiationChecks(caseFile, method, tree, problems, people).run();
        new ModelAnswerChecks(caseFile, method, tree, problems, people).run();
        new MaterialChecks(caseFile, method, tree, problems, people).run();
    }
}
