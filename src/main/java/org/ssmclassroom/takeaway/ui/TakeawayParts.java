package org.ssmclassroom.takeaway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.takeaway.PersonalPlan;
import org.ssmclassroom.takeaway.PersonalPlans;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;
import org.ssmclassroom.workshop.ui.ScreenParts;

/**
 * Each trainee's plan on the workshop's screens: the way in on the tablet, and on the console who has written
 * theirs (a count per table, a tick per trainee), live; what a trainee wrote only where they share it.
 */
@org.springframework.stereotype.Component
class TakeawayParts implements ScreenParts {

    private final PersonalPlans plans;

    TakeawayParts(PersonalPlans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Part> tabletTakeaway(WorkshopSnapshot workshop, TableId table, DeviceToken device) {
        if (!plans.available(device)) {
            return Optional.empty();
        }
        return Optional.of(ScreenParts.tabletLink("plan", "plan-link", "takeaway.open"));
    }

    @Override
    public Optional<Part> console(WorkshopSnapshot workshop) {
        if (!PersonalPlans.declared(workshop.pack())) {
            return Optional.empty();
        }
        WorkshopId id = workshop.workshop().id();
        Div panel = new Div();
        panel.addClassNames("panel", "plan-console");
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-label", panel.getTranslation("takeaway.console"));
        Runnable render = () -> render(panel, workshop);
        render.run();
        LiveView.follow(
                panel,
                null,
                PersonalPlans.Change::revision,
                listener -> plans.follow(id, listener),
                change -> render.run());
        return Optional.of(new Part() {
            @Override
            public com.vaadin.flow.component.Component component() {
                return panel;
            }

            @Override
            public void show(WorkshopSnapshot newer) {
                render(panel, newer);
            }
        });
    }

    private void render(Div panel, WorkshopSnapshot workshop) {
        panel.removeAll();
        List<PersonalPlans.Writer> writers = plans.writers(workshop.workshop().id());
        long written = writers.stream().filter(PersonalPlans.Writer::written).count();
        panel.add(new H2(panel.getTranslation("takeaway.console.title", written, writers.size())));
        for (WorkshopTable table : workshop.tables()) {
            List<PersonalPlans.Writer> seated =
                    writers.stream().filter(w -> table.id().equals(w.table())).toList();
            if (seated.isEmpty()) {
                continue;
            }
            long done = seated.stream().filter(PersonalPlans.Writer::written).count();
            H3 heading = new H3(panel.getTranslation("takeaway.console.table", table.name(), done, seated.size()));
            UnorderedList list = new UnorderedList();
            list.addClassName("plan-writers");
            list.getElement().setAttribute("aria-label", table.name());
            seated.forEach(w -> list.add(writer(panel, workshop, w)));
            panel.add(heading, list);
        }
    }

    private ListItem writer(Div panel, WorkshopSnapshot workshop, PersonalPlans.Writer writer) {
        Span mark = new Span(writer.written() ? "✓" : "○");
        mark.addClassName(writer.written() ? "plan-written" : "plan-not-written");
        mark.getElement()
                .setAttribute(
                        "aria-label",
                        panel.getTranslation(writer.written() ? "takeaway.written" : "takeaway.notWritten"));
        ListItem item = new ListItem(mark, new Span(" " + writer.name()));
        if (writer.shared()) {
            Button read = new Button(panel.getTranslation("takeaway.read"), e -> open(workshop, writer));
            read.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            read.getElement().setAttribute("aria-label", panel.getTranslation("takeaway.readOf", writer.name()));
            item.add(read);
        }
        return item;
    }

    /** A shared plan, read only; the service gives nothing for a plan the trainee has not shared. */
    private void open(WorkshopSnapshot workshop, PersonalPlans.Writer writer) {
        Locale language = workshop.workshop().language();
        plans.shared(workshop.workshop().id(), writer.participant()).ifPresent(plan -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(writer.name() + " — " + plan.wording().title().in(language));
            dialog.addClassName("plan-dialog");
            for (PersonalPlan.Horizon horizon : plan.horizons()) {
                UnorderedList actions = new UnorderedList();
                horizon.actions().stream()
                        .filter(a -> a.entry().written())
                        .forEach(a -> actions.add(new ListItem(a.label().in(language) + ": "
                                + a.entry().commitment()
                                + (a.entry().due() == null
                                        ? ""
                                        : " · " + a.entry().due())
                                + (a.entry().opportunity().isBlank()
                                        ? ""
                                        : " · " + a.entry().opportunity()))));
                dialog.add(new H3(horizon.title().in(language)), actions);
            }
            Button close = new Button(dialog.getTranslation("takeaway.close"), e -> dialog.close());
            dialog.getFooter().add(close);
            dialog.open();
        });
    }
}
