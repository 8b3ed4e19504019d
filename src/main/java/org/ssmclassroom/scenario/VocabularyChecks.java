package org.ssmclassroom.scenario;

import java.util.Map;

/** Vocabularies: unique ids and terms, terms for one taken from the course, and four terms for a quadrants layout. */
record VocabularyChecks(Method method, Map<String, YamlTree> trees, Problems problems) implements MethodPackCheck {

    @Override
    public void run() {
        YamlTree tree = trees.get("vocabularies.yaml");
        problems.unique(tree, "/vocabularies", method.vocabularies(), Method.Vocabulary::id);
        for (int v = 0; v < method.vocabularies().size(); v++) {
            problems.unique(
                    tree,
                    "/vocabularies/" + v + "/terms",
                    method.vocabularies().get(v).terms(),
                    Method.Term::id);
            Method.Vocabulary vocabulary = method.vocabularies().get(v);
            if (vocabulary.from() != null && vocabulary.terms().isEmpty()) {
                problems.at(
                        tree,
                        "/vocabularies/" + v + "/from",
                        "vocabulary '" + vocabulary.id() + "' lists the course's "
                                + vocabulary.from().name().toLowerCase(java.util.Locale.ROOT)
                                + ", and course.yaml has none");
            }
            if (vocabulary.layout() == Method.Layout.QUADRANTS
                    && vocabulary.terms().size() != 4) {
                problems.at(
                        tree,
                        "/vocabularies/" + v + "/layout",
                        "a quadrants layout needs exactly 4 terms; '" + vocabulary.id() + "' has "
                                + vocabulary.terms().size());
            }
        }
    }
}
