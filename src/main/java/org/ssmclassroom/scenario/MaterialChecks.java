package org.ssmclassroom.scenario;

import java.util.List;
import java.util.Set;

/** Each material names an exercise, an audience a table has, and a document for trainees or a facts section. */
record MaterialChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems, Set<String> people)
        implements CasePackCheck {

    @Override
    public void run() {
        for (int i = 0; i < caseFile.materials().size(); i++) {
            CaseFile.Material material = caseFile.materials().get(i);
            String at = "/materials/" + i;
            exercise(tree, at + "/exercise", material.exercise());
            String audience = material.audience();
            if (audience != null
                    && !List.of(CaseFile.Material.EVERYONE, CaseFile.Material.SALES, CaseFile.Material.CUSTOMER)
                            .contains(audience)
                    && method.course().role(audience).isEmpty()) {
                problems.at(
                        tree,
                        at + "/audience",
                        "unknown audience '" + audience + "'; use everyone, sales, customer or one of the roles "
                                + method.course().roles().stream()
                                        .map(Method.Role::id)
                                        .sorted()
                                        .toList());
            }
            document(tree, at + "/document", material.document());
            caseFile.document(material.document() == null ? "" : material.document())
                    .filter(d -> d.audience() == CaseFile.Audience.INSTRUCTOR)
                    .ifPresent(d -> problems.at(
                            tree,
                            at + "/document",
                            "document '" + d.id() + "' is for the instructor; trainees cannot read it"));
            if (material.facts() != null && caseFile.negotiation() == null) {
                problems.at(tree, at + "/facts", "the case has no negotiation section to show");
            }
        }
    }
}
