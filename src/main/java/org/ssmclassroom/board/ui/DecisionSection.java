package org.ssmclassroom.board.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.board.DecisionWalk;
import org.ssmclassroom.scenario.Method;

/** The pack's decision tree as a guided yes/no walk that ends in a recommended strategy. */
final class DecisionSection {

    private DecisionSection() {}

    static void render(
            Div target,
            Method.Section section,
            BoardSnapshot board,
            BoardActions actions,
            BiConsumer<Method.Field, String> choose,
            boolean readOnly,
            Locale locale) {
        Method method = board.pack().method();
        Method.DecisionTree tree = method.models().decisionTrees().stream()
                .filter(t -> t.id().equals(section.tree()))
                .findFirst()
                .orElseThrow();
        BoardItemId walkItem = new BoardItemId(section.id(), "walk");
        String item = walkItem.toString();
        Map<String, String> answers = new HashMap<>();
        tree.nodes().forEach(n -> answers.put(n.id(), board.content().text(item, n.id())));
        DecisionWalk walk = DecisionWalk.of(tree, answers);
        OrderedList path = new OrderedList();
        walk.steps()
                .forEach(step -> path.add(new ListItem(
                        step.node().question().in(locale) + " — " + translate(step.yes() ? "board.yes" : "board.no"))));
        target.add(path);
        walk.question().ifPresent(node -> {
            Paragraph question = new Paragraph(node.question().in(locale));
            question.addClassName("decision-question");
            Button yes = answer(translate("board.yes"), actions, walkItem, node, "yes", board, readOnly);
            Button no = answer(translate("board.no"), actions, walkItem, node, "no", board, readOnly);
            target.add(question, new Div(yes, no));
        });
        walk.outcome().ifPresent(outcome -> {
            String label = method.vocabulary(tree.outcomes())
                    .flatMap(v -> v.terms().stream()
                            .filter(t -> t.id().equals(outcome))
                            .findFirst())
                    .map(t -> t.label().in(locale))
                    .orElse(outcome);
            Paragraph recommended = new Paragraph(translate("board.recommended", label));
            recommended.addClassName("decision-outcome");
            recommended.getElement().setAttribute("role", "status");
            target.add(recommended);
            // One tap puts the recommendation into the board's own strategy field: the same save as picking it there.
            DecisionWalk.outcomeField(board.template(), tree)
                    .filter(field -> !readOnly && !outcome.equals(valueOf(board, field)))
                    .ifPresent(field -> {
                        Button use = new Button(translate("board.useOutcome"), e -> choose.accept(field, outcome));
                        use.addThemeVariants(ButtonVariant.PRIMARY);
                        use.addClassName("decision-use");
                        target.add(use);
                    });
        });
        if (!walk.steps().isEmpty() && !readOnly) {
            Button restart = new Button(
                    translate("board.startOver"),
                    e -> walk.steps()
                            .forEach(step -> actions.edit(
                                    walkItem,
                                    step.node().id(),
                                    "",
                                    board.content().version(item, step.node().id()),
                                    null)));
            restart.addThemeVariants(ButtonVariant.TERTIARY);
            target.add(restart);
        }
    }

    private static String valueOf(BoardSnapshot board, Method.Field field) {
        return board.template().sections().stream()
                .filter(s -> s.fields().contains(field))
                .findFirst()
                .map(s -> board.content().text(BoardContent.itemId(s.id(), BoardContent.MAIN), field.id()))
                .orElse("");
    }

    private static Button answer(
            String label,
            BoardActions actions,
            BoardItemId item,
            Method.Node node,
            String value,
            BoardSnapshot board,
            boolean readOnly) {
        Button button = new Button(
                label,
                e -> actions.edit(item, node.id(), value, board.content().version(item.toString(), node.id()), null));
        button.addThemeVariants(ButtonVariant.LARGE);
        button.setEnabled(!readOnly);
        return button;
    }
}
