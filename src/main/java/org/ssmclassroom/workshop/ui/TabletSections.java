package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.ui.ErrorNotices;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Reading;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.scenario.ui.Badges;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * The parts of a trainee's tablet drawn from its model: the clock, the team's signals, the table choice and the
 * content of the Steps, Roles, Materials and Team tabs.
 */
final class TabletSections {

    private final Component screen;
    private final WorkshopService service;
    private final Trainees trainees;
    private final List<ScreenParts> extensions;
    private final DeviceToken device;
    private final ParticipantId me;

    TabletSections(
            Component screen,
            WorkshopService service,
            Trainees trainees,
            List<ScreenParts> extensions,
            DeviceToken device,
            ParticipantId me) {
        this.screen = screen;
        this.service = service;
        this.trainees = trainees;
        this.extensions = extensions;
        this.device = device;
        this.me = me;
    }

    /** The table's clock; the time-up beeps when the clock ran in the one shown before. */
    Div clock(TabletModel.Clock shown, TabletModel.Clock before) {
        Div box = new Div();
        box.addClassName("tablet-clock");
        ClockDisplay clock = new ClockDisplay(screen.getTranslation("clock.label", shown.tableName()));
        if (shown.big()) {
            clock.addClassName("clock-large");
            Span warn5 = new Span(screen.getTranslation("clock.fiveLeft"));
            warn5.addClassName("warn-last-five");
            Span warn1 = new Span(screen.getTranslation("clock.oneLeft"));
            warn1.addClassName("warn-last-minute");
            clock.add(warn5, warn1);
        }
        clock.show(shown.clock(), service::now, shown.big());
        box.add(clock);
        if (shown.clock().state() == ExerciseClock.State.ENDED) {
            Div timeUp = new Div(new Span(screen.getTranslation("clock.timeUp")));
            timeUp.addClassName("time-up");
            timeUp.getElement().setAttribute("role", "alert");
            box.add(timeUp);
            if (shown.endedAfter(before)) {
                Following.beep(UI.getCurrent(), 3);
            }
        }
        return box;
    }

    Section myRoles(WorkshopSnapshot snapshot, TabletModel.MyRoles roles, Locale locale) {
        List<String> mine = roles.held();
        Optional<Method.Exercise> exercise = Optional.ofNullable(roles.exercise());
        Section section = new Section(new H2(screen.getTranslation("tablet.myRole")));
        section.addClassName("my-roles");
        for (String roleId : mine) {
            snapshot.pack().method().course().role(roleId).ifPresent(role -> {
                Div card = new Div(new H3(role.title().in(locale)));
                card.add(Badges.origin(role.origin(), locale));
                card.add(new Paragraph(role.duty().in(locale)));
                card.addClassNames("role-card", "role-" + role.id());
                roleExtras(role, exercise, locale).forEach(card::add);
                section.add(card);
            });
        }
        if (mine.isEmpty()) {
            section.add(new Paragraph(screen.getTranslation("tablet.noRole")));
        }
        return section;
    }

    /** What a role really changes on this tablet, by what the pack says it lets its holder do. */
    private List<Component> roleExtras(Method.Role role, Optional<Method.Exercise> exercise, Locale locale) {
        List<Component> extras = new ArrayList<>();
        for (Method.Capability capability : role.capabilities()) {
            switch (capability) {
                case OWNS_BOARD -> extras.add(new Paragraph(screen.getTranslation("tablet.recorder")));
                case BIG_CLOCK -> extras.add(new Paragraph(screen.getTranslation("tablet.timekeeper")));
                case SEES_CHALLENGE_PROMPTS ->
                    exercise.filter(e -> e.challengePrompts() != null)
                            .ifPresent(e -> extras.add(promptList(e, locale)));
                case SEES_PERSONA_BRIEF -> extras.add(new Paragraph(screen.getTranslation("tablet.playsCustomer")));
                case MARKS_DONE -> {}
            }
        }
        return extras;
    }

    private Div promptList(Method.Exercise exercise, Locale locale) {
        UnorderedList prompts = new UnorderedList();
        prompts.addClassName("challenge-prompts");
        prompts.getElement().setAttribute("aria-label", screen.getTranslation("tablet.prompts"));
        exercise.challengePrompts().forEach(p -> prompts.add(new ListItem(p.in(locale))));
        Div marked = new Div(prompts);
        marked.add(Badges.origin(exercise.challengePromptsOrigin(), locale));
        return marked;
    }

    /** The case's material and the method's concepts this member reads now (the rule is the pack's). */
    Section materials(List<Reading> reading, Locale locale) {
        Section section = new Section();
        section.addClassName("tablet-materials");
        section.getElement().setAttribute("aria-label", screen.getTranslation("tablet.tab.materials"));
        reading.forEach(r -> section.add(new ReadingCard(r, locale)));
        return section;
    }

    Section steps(ScenarioPack pack, Method.Exercise exercise, Locale locale) {
        OrderedList steps = new OrderedList();
        exercise.instructions()
                .forEach(line -> steps.add(new ListItem(pack.withCase(line).in(locale))));
        Section section = new Section(
                new H2(screen.getTranslation("tablet.instructions")),
                steps,
                new ExercisePlace(pack.method(), exercise, locale));
        section.addClassName("tablet-exercise");
        return section;
    }

    Section teammates(WorkshopSnapshot snapshot, TableId table, TabletModel.Team team, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.addClassName("teammates");
        for (TabletModel.Member member : team.members()) {
            String held = member.roles().stream()
                    .map(r -> ConsoleCards.roleTitle(snapshot, r, locale))
                    .collect(Collectors.joining(" · "));
            ListItem item = new ListItem(member.name() + (held.isEmpty() ? "" : " — " + held));
            if (member.id().equals(me)) {
                item.addClassName("me");
            }
            list.add(item);
        }
        Section section = new Section(new H2(screen.getTranslation("tablet.team")), list);
        extensions.forEach(
                e -> e.tabletBoards(snapshot, table, device).ifPresent(part -> section.add(part.component())));
        return section;
    }

    /** A signal the team sends the instructor; the trainee sees it at once ({@code shown}). */
    Button signal(Runnable shown, String key, WorkshopTable.Status status) {
        Button button = new Button(screen.getTranslation(key), e -> {
            try {
                trainees.reportStatus(device, status);
                shown.run();
            } catch (ActionRefused refused) {
                ErrorNotices.show(refused);
            }
        });
        button.addThemeVariants(ButtonVariant.LARGE);
        return button;
    }

    Div chooseTable(List<TabletModel.TableChoice> tables, Runnable shown) {
        Select<TabletModel.TableChoice> choice = new Select<>();
        choice.setLabel(screen.getTranslation("join.table"));
        choice.setItems(tables);
        choice.setItemLabelGenerator(t -> screen.getTranslation("join.tableWithCount", t.name(), t.members()));
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                try {
                    trainees.chooseTable(device, e.getValue().id());
                    shown.run();
                } catch (ActionRefused refused) {
                    ErrorNotices.show(refused);
                }
            }
        });
        return new Div(new Paragraph(screen.getTranslation("tablet.chooseTable")), choice);
    }
}
