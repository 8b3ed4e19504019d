package org.ssmclassroom.scenario.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.ui.MarkdownView;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.ScenarioPack;

/** The method tabs of a pack page: agenda with exercises, board templates, rubrics and vocabularies. */
final class MethodSections {

    private final ScenarioPack pack;
    private final Method method;
    private final Locale locale;

    MethodSections(ScenarioPack pack, Locale locale) {
        this.pack = pack;
        this.method = pack.method();
        this.locale = locale;
    }

    /** The course's goals and each of its stages on its card, as the tablets and the projector show them. */
    Component course() {
        Div course = CaseSections.section("course");
        course.add(new H2(translate("course.goals")));
        OrderedList goals = new OrderedList();
        goals.addClassName("course-goals");
        method.course().goals().forEach(goal -> goals.add(new ListItem(goal.in(locale))));
        course.add(goals, new H2(translate("course.stages")));
        for (Method.Stage stage : method.course().stages()) {
            StageCard card = new StageCard(method.place(stage), method.course().stageHeadings(), locale);
            card.getElement().setAttribute("role", "region");
            card.getElement().setAttribute("aria-label", stage.title().in(locale));
            course.add(card);
        }
        return course;
    }

    Component agenda() {
        Div agenda = CaseSections.section("agenda");
        if (method.course().agenda().origin() != null) {
            agenda.add(new Paragraph(translate("agenda.note")));
        }
        for (Method.Day day : method.course().agenda().days()) {
            agenda.add(new H2(day.title().in(locale)));
            for (Method.Unit unit : day.units()) {
                Div block = CaseSections.section("agenda-unit");
                block.add(new H3(unit.title().in(locale) + stageSuffix(unit.stage()) + slides(unit.slides())));
                if (unit.note() != null) {
                    block.add(new Paragraph(unit.note().in(locale)));
                }
                unit.exercises().forEach(id -> method.exercise(id).ifPresent(e -> block.add(exercise(e))));
                agenda.add(block);
            }
        }
        Method.Appendix appendix = method.course().agenda().appendix();
        if (appendix != null) {
            Div block = CaseSections.section("agenda-unit");
            block.add(new H2(appendix.title().in(locale) + slides(appendix.slides())));
            if (appendix.note() != null) {
                block.add(new Paragraph(appendix.note().in(locale)));
            }
            agenda.add(block);
        }
        return agenda;
    }

    /** " (slides 12–35)", so the instructor finds the block in the deck. */
    private static String slides(String slides) {
        return slides == null ? "" : " " + translate("agenda.slides", slides);
    }

    private String stageSuffix(String stageId) {
        return method.course().stages().stream()
                .filter(s -> s.id().equals(stageId))
                .findFirst()
                .map(s -> " · " + s.title().in(locale))
                .orElse("");
    }

    private Component exercise(Method.Exercise exercise) {
        Div card = CaseSections.section("exercise-card");
        card.getElement()
                .setAttribute(
                        "aria-label",
                        exercise.label().in(locale) + " " + exercise.title().in(locale));
        card.add(new H4(exercise.label().in(locale) + " — " + exercise.title().in(locale)));
        Div badges = new Div(
                Badges.badge(translate("exercise.minutes", exercise.durationMinutes()), "duration"),
                Badges.badge(
                        translate(
                                "exercise.case." + exercise.caseSource().name().toLowerCase()),
                        "case-source"),
                Badges.badge(
                        translate(
                                "exercise.template",
                                method.template(exercise.template())
                                        .map(t -> t.title().in(locale))
                                        .orElse("")),
                        "template"));
        if (exercise.surface() != null) {
            badges.add(Badges.badge(
                    translate("exercise.surface." + exercise.surface().name().toLowerCase()), "surface"));
            badges.add(Badges.origin(exercise.surfaceOrigin()));
        }
        badges.add(Badges.origin(exercise.origin()));
        badges.addClassName("badges");
        OrderedList instructions = new OrderedList();
        exercise.instructions()
                .forEach(line ->
                        instructions.add(new ListItem(pack.withCase(line).in(locale))));
        card.add(badges, instructions);
        modelAnswer(exercise.id()).ifPresent(card::add);
        return card;
    }

    private Optional<Component> modelAnswer(String exerciseId) {
        return pack.caseData()
                .flatMap(caseFile -> caseFile.modelAnswers() == null
                        ? Optional.empty()
                        : caseFile.modelAnswers().stream()
                                .filter(a -> a.exercise().equals(exerciseId))
                                .findFirst()
                                .map(answer -> modelAnswerDetails(caseFile, answer)));
    }

    private Component modelAnswerDetails(CaseFile caseFile, CaseFile.ModelAnswer answer) {
        Div content = new Div();
        if (answer.answer() != null) {
            content.add(new Paragraph(answer.answer().in(locale)));
        }
        if (answer.document() != null) {
            pack.documentBody(answer.document())
                    .map(body -> new MarkdownView(body.in(locale)))
                    .ifPresent(content::add);
        }
        Span summary = new Span(translate("exercise.modelAnswer"));
        summary.add(Badges.origin(answer.origin()));
        Details details = new Details(summary, content);
        details.addClassName("model-answer");
        return details;
    }

    /** The method's concept cards, each with where the course shows it and whether its arrangement is ours. */
    Component concepts() {
        Div concepts = CaseSections.section("concepts");
        for (Method.Card card : method.cards()) {
            Div block = CaseSections.section("concept-card");
            String title = card.title().in(locale);
            block.getElement().setAttribute("role", "region");
            block.getElement().setAttribute("aria-label", title);
            Div badges = new Div();
            badges.add(Badges.origin(card.origin()));
            badges.addClassName("badges");
            block.add(new H3(title), badges);
            if (card.text() != null) {
                block.add(new Paragraph(card.text().in(locale)));
            }
            if (!card.items().isEmpty()) {
                block.add(list(card.items()));
            }
            for (List<LocalizedText> row : card.table()) {
                block.add(new Paragraph(String.join(
                        " | ", row.stream().map(cell -> cell.in(locale)).toList())));
            }
            if (card.source() != null) {
                Span source = new Span(card.source().in(locale));
                source.addClassName("concept-source");
                block.add(source);
            }
            block.add(new Paragraph(translate(
                    "concept.beside",
                    String.join(
                            translate("concept.listSeparator"),
                            card.attach().stream().map(this::placeTitle).toList()))));
            concepts.add(block);
        }
        return concepts;
    }

    private String placeTitle(String id) {
        return method.exercise(id)
                .map(e -> e.label().in(locale) + " — " + e.title().in(locale))
                .or(() -> method.course().stages().stream()
                        .filter(s -> s.id().equals(id))
                        .findFirst()
                        .map(s -> s.title().in(locale)))
                .orElse(id);
    }

    Component templates() {
        Div templates = CaseSections.section("templates");
        for (Method.Template template : method.templates()) {
            Div content = new Div();
            for (Method.Section section : template.sections()) {
                content.add(templateSection(section));
            }
            if (template.checks() != null && !template.checks().isEmpty()) {
                content.add(
                        new H4(translate("template.checks")),
                        list(template.checks().stream().map(Method.Check::label).toList()));
            }
            Span summary = new Span(template.title().in(locale));
            summary.add(Badges.origin(template.origin()));
            Details details = new Details(summary, content);
            details.addClassName("template");
            templates.add(details);
        }
        return templates;
    }

    private Component templateSection(Method.Section section) {
        Div block = CaseSections.section("template-section");
        String bounds = section.min() == null ? "" : " · " + translate("template.atLeast", section.min());
        block.add(new H4(section.title().in(locale) + bounds));
        if (section.kind() == Method.SectionKind.GRID) {
            block.add(new Paragraph(
                    translate("template.grid", vocabularyTitle(section.rows()), vocabularyTitle(section.columns()))));
        }
        if (section.kind() == Method.SectionKind.DECISION) {
            block.add(new Paragraph(translate("template.decision")));
        }
        UnorderedList fields = new UnorderedList();
        for (Method.Field field : section.fields()) {
            String type = translate("field.type." + field.type().name().toLowerCase())
                    + (field.vocabulary() == null ? "" : ": " + vocabularyTitle(field.vocabulary()))
                    + (field.required() ? " · " + translate("field.required") : "");
            fields.add(new ListItem(field.label().in(locale) + " (" + type + ")"));
        }
        block.add(fields);
        return block;
    }

    private String vocabularyTitle(String id) {
        return method.vocabulary(id).map(v -> v.title().in(locale)).orElse(id);
    }

    Component rubrics() {
        Div rubrics = CaseSections.section("rubrics");
        for (Method.Rubric rubric : method.rubrics()) {
            String exercise = method.exercise(rubric.exercise())
                    .map(e -> e.label().in(locale) + " — " + e.title().in(locale))
                    .orElse(rubric.exercise());
            Div card = CaseSections.section("rubric-card");
            card.add(new H3(exercise));
            card.add(Badges.origin(rubric.origin()));
            UnorderedList criteria = new UnorderedList();
            rubric.criteria()
                    .forEach(c -> criteria.add(
                            new ListItem(translate("rubric.criterion", c.label().in(locale), c.points())
                                    + (c.description() == null
                                            ? ""
                                            : " — " + c.description().in(locale)))));
            card.add(criteria, new Paragraph(translate("rubric.total", rubric.totalPoints())));
            rubrics.add(card);
        }
        return rubrics;
    }

    Component vocabularies() {
        Div vocabularies = CaseSections.section("vocabularies");
        for (Method.Vocabulary vocabulary : method.vocabularies()) {
            UnorderedList terms = new UnorderedList();
            for (Method.Term term : vocabulary.terms()) {
                String symbol = term.symbol() == null ? "" : term.symbol() + " ";
                ListItem item = new ListItem(symbol
                        + term.label().in(locale)
                        + (term.description() == null
                                ? ""
                                : " — " + term.description().in(locale)));
                item.add(Badges.origin(term.origin()));
                terms.add(item);
            }
            Span summary = new Span(vocabulary.title().in(locale));
            summary.add(Badges.origin(vocabulary.origin()));
            vocabularies.add(new Details(summary, terms));
        }
        return vocabularies;
    }

    private UnorderedList list(List<LocalizedText> texts) {
        UnorderedList list = new UnorderedList();
        texts.forEach(text -> list.add(new ListItem(text.in(locale))));
        return list;
    }
}
