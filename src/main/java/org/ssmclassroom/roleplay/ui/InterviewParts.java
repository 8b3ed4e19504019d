package org.ssmclassroom.roleplay.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import java.util.Optional;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ui.ErrorNotices;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.roleplay.Discovery;
import org.ssmclassroom.roleplay.InterviewService;
import org.ssmclassroom.roleplay.QuestionKind;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.Ids.TableId;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.ui.ScreenParts;

/**
 * The case interview on the workshop's screens: the discovery meter on every tablet of a table at the interview
 * (with the checklist and question tags for its observer), and every table's meter on the console.
 */
@org.springframework.stereotype.Component
class InterviewParts implements ScreenParts {

    private static final QuestionKind[] TAGS = {QuestionKind.OPEN, QuestionKind.CONTROL, QuestionKind.CONFIRM};

    private final InterviewService interviews;

    InterviewParts(InterviewService interviews) {
        this.interviews = interviews;
    }

    @Override
    public Optional<Part> tablet(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        Div panel = new Div();
        panel.addClassName("interview-discovery");
        Locale locale = UI.getCurrent().getLocale();
        Runnable render = () -> renderTablet(panel, device, locale);
        render.run();
        LiveView.follow(
                panel,
                null,
                InterviewService.Change::revision,
                listener -> interviews.follow(workshop.workshop().id(), listener),
                change -> {
                    if (table.equals(change.table())) {
                        render.run();
                    }
                });
        return Optional.of(new Part() {
            @Override
            public Component component() {
                return panel;
            }

            @Override
            public void show(WorkshopSnapshot now) {
                render.run();
            }
        });
    }

    private void renderTablet(Div panel, DeviceToken device, Locale locale) {
        panel.removeAll();
        Optional<Discovery> discovery = interviews.discoveryFor(device);
        panel.setVisible(discovery.isPresent());
        if (discovery.isEmpty()) {
            return;
        }
        panel.add(new H2(panel.getTranslation("interview.title")), meter(panel, discovery.get()));
        if (!interviews.observes(device)) {
            return;
        }
        Div checklist = new Div();
        checklist.addClassName("discovery-checklist");
        checklist.getElement().setAttribute("role", "group");
        checklist.getElement().setAttribute("aria-label", panel.getTranslation("interview.checklist"));
        for (CaseFile.Target target : discovery.get().targets()) {
            Checkbox found = new Checkbox(
                    target.label().in(locale), discovery.get().found().contains(target.id()));
            if (target.when() != null) {
                found.setHelperText(target.when().in(locale));
            }
            found.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> interviews.mark(device, target.id(), e.getValue()));
                    renderTablet(panel, device, locale);
                }
            });
            checklist.add(found);
        }
        Div tags = new Div();
        tags.addClassNames("control-row", "question-tags");
        for (QuestionKind kind : TAGS) {
            int asked = discovery.get().questions().getOrDefault(kind, 0);
            Button tag = new Button(panel.getTranslation("interview.tag." + kind.id(), asked), e -> {
                act(() -> interviews.tag(device, kind));
                renderTablet(panel, device, locale);
            });
            tag.getElement().setAttribute("aria-label", panel.getTranslation("interview.tagNamed." + kind.id()));
            tags.add(tag);
        }
        panel.add(new H2(panel.getTranslation("interview.checklist")), checklist, tags);
    }

    @Override
    public Optional<Part> console(WorkshopSnapshot workshop) {
        Div panel = new Div();
        panel.addClassNames("panel", "interview-console");
        Runnable[] render = new Runnable[1];
        WorkshopSnapshot[] shown = {workshop};
        render[0] = () -> {
            panel.removeAll();
            boolean open = InterviewService.interviewOpen(shown[0]);
            panel.setVisible(open);
            if (!open) {
                return;
            }
            panel.add(new H2(panel.getTranslation("interview.console")));
            for (Discovery discovery :
                    interviews.classDiscovery(shown[0].workshop().id())) {
                String name = shown[0].table(discovery.table())
                        .map(WorkshopTable::name)
                        .orElse("?");
                Div row = new Div(new Span(name), meter(panel, discovery));
                row.addClassName("discovery-row");
                panel.add(row);
            }
        };
        render[0].run();
        LiveView.follow(
                panel,
                null,
                InterviewService.Change::revision,
                listener -> interviews.follow(workshop.workshop().id(), listener),
                change -> render[0].run());
        return Optional.of(new Part() {
            @Override
            public Component component() {
                return panel;
            }

            @Override
            public void show(WorkshopSnapshot now) {
                shown[0] = now;
                render[0].run();
            }
        });
    }

    private static Div meter(Component owner, Discovery discovery) {
        ProgressBar bar = new ProgressBar(0, 100, discovery.percent());
        bar.getElement().setAttribute("aria-label", owner.getTranslation("interview.meter", discovery.percent()));
        Span figure = new Span(owner.getTranslation(
                "interview.meterOf",
                discovery.percent(),
                discovery.found().size(),
                discovery.targets().size(),
                discovery.questionsAsked()));
        figure.addClassName("discovery-figure");
        Div meter = new Div(bar, figure);
        meter.addClassName("discovery-meter");
        return meter;
    }

    private static void act(Runnable action) {
        try {
            action.run();
        } catch (ActionRefused refused) {
            ErrorNotices.show(refused);
        }
    }
}
