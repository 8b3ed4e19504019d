package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;
import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.LocalizedText;

/** Board templates: their sections and fields, the vocabularies and decision trees they name, and their checks. */
record TemplateChecks(Method method, Map<String, YamlTree> trees, Problems problems) implements MethodPackCheck {

    @Override
    public void run() {
        YamlTree tree = trees.get("templates.yaml");
        problems.unique(tree, "/templates", method.templates(), Method.Template::id);
        Set<String> vocabularies = ids(method.vocabularies(), Method.Vocabulary::id);
        Set<String> decisionTrees = ids(nullSafe(method.models().decisionTrees()), Method.DecisionTree::id);
        for (int t = 0; t < method.templates().size(); t++) {
            Method.Template template = method.templates().get(t);
            String at = "/templates/" + t;
            problems.unique(tree, at + "/sections", template.sections(), Method.Section::id);
            for (int s = 0; s < template.sections().size(); s++) {
                checkSection(tree, at + "/sections/" + s, template.sections().get(s), vocabularies, decisionTrees);
            }
            for (int c = 0; c < nullSafe(template.checks()).size(); c++) {
                checkCheck(tree, at + "/checks/" + c, template.checks().get(c), template, vocabularies);
            }
        }
    }

    /** Two fields of one section with one label cannot be told apart by a person or a screen reader. */
    private void sameLabels(YamlTree tree, String at, Method.Section section) {
        List<Method.Field> fields = nullSafe(section.fields());
        for (int f = 1; f < fields.size(); f++) {
            for (int g = 0; g < f; g++) {
                LocalizedText a = fields.get(f).label();
                LocalizedText b = fields.get(g).label();
                if (a != null && b != null && (a.zh().equals(b.zh()) || a.en().equals(b.en()))) {
                    problems.at(
                            tree,
                            at + "/fields/" + f + "/label",
                            "fields '" + fields.get(g).id() + "' and '"
                                    + fields.get(f).id() + "' have the same label; give each its own");
                }
            }
        }
    }

    /** Rows grouped by card: every row names, in its {@code group}, a concept card to head its group. */
    private void checkRowGroups(YamlTree tree, String at, Method.Section section) {
        if (section.rowGroups() != Method.RowGroups.CARDS) {
            return;
        }
        Set<String> cards = ids(method.cards(), Method.Card::id);
        method.vocabulary(section.rows()).ifPresent(rows -> {
            for (Method.Term term : rows.terms()) {
                if (term.group() == null || !cards.contains(term.group())) {
                    problems.at(
                            tree,
                            at + "/rowGroups",
                            "row '" + term.id() + "' of '" + rows.id() + "' names no concept card in 'group' to head"
                                    + " its group; the pack has " + MethodPackCheck.sorted(cards));
                }
            }
        });
    }

    private void checkSection(
            YamlTree tree, String at, Method.Section section, Set<String> vocabularies, Set<String> decisionTrees) {
        problems.unique(tree, at + "/fields", section.fields(), Method.Field::id);
        sameLabels(tree, at, section);
        Set<String> own = ids(section.fields(), Method.Field::id);
        if (section.diagram() != null) {
            section.diagram()
                    .fields()
                    .forEach(field -> refer(tree, at + "/diagram", field, own, "field of this section"));
        }
        if (section.seed() != null) {
            refer(tree, at + "/seed/field", section.seed().field(), own, "field of this section");
        }
        switch (section.kind()) {
            case GRID -> {
                required(tree, at + "/rows", section.rows(), "a grid section needs 'rows' (a vocabulary)");
                required(tree, at + "/columns", section.columns(), "a grid section needs 'columns' (a vocabulary)");
                refer(tree, at + "/rows", section.rows(), vocabularies, "vocabulary");
                refer(tree, at + "/columns", section.columns(), vocabularies, "vocabulary");
                checkRowGroups(tree, at, section);
            }
            case DECISION -> {
                required(tree, at + "/tree", section.tree(), "a decision section needs 'tree'");
                refer(tree, at + "/tree", section.tree(), decisionTrees, "decision tree");
            }
            default -> {
                if (section.fields().isEmpty()) {
                    problems.at(tree, at, "a " + section.kind().name().toLowerCase() + " section needs fields");
                }
            }
        }
        if (section.min() != null && section.max() != null && section.min() > section.max()) {
            problems.at(tree, at + "/min", "min " + section.min() + " is greater than max " + section.max());
        }
        for (int f = 0; f < section.fields().size(); f++) {
            Method.Field field = section.fields().get(f);
            String fieldAt = at + "/fields/" + f;
            if (field.type() == Method.FieldType.CHOICE) {
                required(tree, fieldAt, field.vocabulary(), "a choice field needs a 'vocabulary'");
            }
            if (field.type() == Method.FieldType.SCALE && (field.min() == null || field.max() == null)) {
                problems.at(tree, fieldAt, "a scale field needs 'min' and 'max'");
            }
            refer(tree, fieldAt + "/vocabulary", field.vocabulary(), vocabularies, "vocabulary");
        }
    }

    private void checkCheck(
            YamlTree tree, String at, Method.Check check, Method.Template template, Set<String> vocabularies) {
        Method.Section section = template.sections().stream()
                .filter(s -> s.id().equals(check.section()))
                .findFirst()
                .orElse(null);
        if (section == null) {
            problems.at(
                    tree,
                    at + "/section",
                    "unknown section '" + check.section() + "' in template '" + template.id() + "'");
            return;
        }
        Set<String> fields = ids(section.fields(), Method.Field::id);
        if (section.kind() == Method.SectionKind.GRID) {
            fields.addAll(List.of("row", "column"));
        }
        for (int f = 0; f < nullSafe(check.fields()).size(); f++) {
            refer(tree, at + "/fields/" + f, check.fields().get(f), fields, "field of section '" + section.id() + "'");
        }
        switch (check.kind()) {
            case MIN_ITEMS -> required(tree, at, check.min(), "a minItems check needs 'min'");
            case FILLED -> required(tree, at, check.fields(), "a filled check needs 'fields'");
            case EVERY_ITEM -> required(tree, at, check.fields(), "an everyItem check needs 'fields'");
            case COVERS -> {
                required(tree, at, check.field(), "a covers check needs 'field'");
                required(tree, at, check.vocabulary(), "a covers check needs 'vocabulary'");
                refer(tree, at + "/field", check.field(), fields, "field of section '" + section.id() + "'");
                refer(tree, at + "/vocabulary", check.vocabulary(), vocabularies, "vocabulary");
            }
        }
    }
}
