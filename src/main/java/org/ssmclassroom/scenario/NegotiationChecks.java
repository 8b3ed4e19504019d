package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;

import java.util.List;
import java.util.Set;

/** The negotiation: unique issues, each involving known people. */
record NegotiationChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems, Set<String> people)
        implements CasePackCheck {

    @Override
    public void run() {
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
}
