package org.ssmclassroom.scenario;

import java.util.List;
import java.util.Set;

/** The customer's business initiatives: owned by the customer's people, one focus each, one at most critical. */
record InitiativeChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems, Set<String> people)
        implements CasePackCheck {

    @Override
    public void run() {
        problems.unique(tree, "/initiatives", caseFile.initiatives(), CaseFile.Initiative::id);
        Set<String> focuses = terms("initiative-focus");
        for (int i = 0; i < caseFile.initiatives().size(); i++) {
            CaseFile.Initiative initiative = caseFile.initiatives().get(i);
            if (person(tree, "/initiatives/" + i + "/owner", initiative.owner())
                    && caseFile.person(initiative.owner()).orElseThrow().side() != CaseFile.Side.CUSTOMER) {
                problems.at(
                        tree,
                        "/initiatives/" + i + "/owner",
                        "'" + initiative.owner() + "' is on our side; a business initiative is the customer's,"
                                + " owned by one of the customer's people");
            }
            term(tree, "/initiatives/" + i + "/focus", initiative.focus(), focuses, "initiative-focus");
        }
        List<String> critical = caseFile.initiatives().stream()
                .filter(CaseFile.Initiative::critical)
                .map(CaseFile.Initiative::id)
                .toList();
        if (critical.size() > 1) {
            int second = caseFile.initiatives()
                    .indexOf(caseFile.initiatives().stream()
                            .filter(CaseFile.Initiative::critical)
                            .skip(1)
                            .findFirst()
                            .orElseThrow());
            problems.at(
                    tree,
                    "/initiatives/" + second + "/critical",
                    "only one initiative is the most critical; marked critical: " + String.join(", ", critical));
        }
        if (caseFile.alignment() != null) {
            term(tree, "/alignment/quadrant", caseFile.alignment().quadrant(), terms("sam-quadrants"), "sam-quadrants");
        }
    }
}
