package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.ui.ErrorNotices;
import org.ssmclassroom.security.CurrentDevice;
import org.ssmclassroom.workshop.JoinCheck;
import org.ssmclassroom.workshop.JoinCode;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * A trainee joins on a tablet: the code (typed, or from the QR link), then the self-introduction the course's
 * first exercise asks for, and a table. A tablet that already joined goes straight back to its table.
 */
@Route("join/:code?")
@AnonymousAllowed
class JoinView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService service;
    private final Trainees trainees;
    final TextField code = new TextField();
    final Paragraph error = new Paragraph();
    final TextField name = new TextField();
    final TextField company = new TextField();
    final TextField jobTitle = new TextField();
    final IntegerField years = new IntegerField();
    final Select<TableId> table = new Select<>();
    private WorkshopSnapshot workshop;

    JoinView(WorkshopService service, Trainees trainees) {
        this.service = service;
        this.trainees = trainees;
        addClassNames("page", "join-view");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        java.util.Optional<WorkshopService.Seat> seat = service.seatOf(CurrentDevice.get());
        if (seat.isPresent() && !seat.get().workshop().workshop().isClosed()) {
            event.forwardTo(TabletView.class);
            return;
        }
        removeAll();
        code.setLabel(getTranslation("join.code"));
        code.setPlaceholder("ABCD-EFGH");
        code.setMaxLength(12);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        Button next = new Button(getTranslation("join.next"), e -> checkCode());
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        next.addClickShortcut(Key.ENTER);
        add(new H1(getTranslation("join.title")), new Paragraph(getTranslation("join.help")), code, error, next);
        seat.ifPresent(ended -> {
            com.vaadin.flow.component.html.Anchor last = new com.vaadin.flow.component.html.Anchor(
                    "table",
                    getTranslation(
                            "join.lastWorkshop", ended.workshop().workshop().name()));
            last.getElement().setAttribute("router-link", true);
            last.addClassName("join-last-workshop");
            add(last);
        });
        // The QR code's link carries the code: go straight on to the introduction.
        event.getRouteParameters().get("code").ifPresent(fromLink -> {
            code.setValue(fromLink);
            checkCode();
        });
    }

    void checkCode() {
        JoinCheck check = trainees.checkCode(code.getValue(), CurrentDevice.network(), CurrentDevice.get());
        switch (check) {
            case JoinCheck.Open open -> profile(open.workshop());
            case JoinCheck.Malformed m -> error.setText(getTranslation("join.error.malformed"));
            case JoinCheck.Unknown u ->
                error.setText(getTranslation(
                        "join.error.unknown",
                        JoinCode.parse(code.getValue()).map(JoinCode::display).orElse(code.getValue())));
            case JoinCheck.Closed c -> error.setText(getTranslation("join.error.closed"));
            case JoinCheck.TooManyAttempts t ->
                error.setText(getTranslation(
                        t.network() ? "join.error.tooManyNetwork" : "join.error.tooMany",
                        Math.max(1, t.retryAfter().toSeconds())));
        }
    }

    private void profile(WorkshopSnapshot open) {
        workshop = open;
        removeAll();
        error.setText(""); // a wrong code typed before the right one is no longer the problem
        name.setLabel(getTranslation("join.name"));
        company.setLabel(getTranslation("join.company"));
        jobTitle.setLabel(getTranslation("join.jobTitle"));
        years.setLabel(getTranslation("join.years"));
        years.setMin(0);
        years.setMax(Participant.Profile.MOST_YEARS);
        years.setStepButtonsVisible(true);
        years.setRequiredIndicatorVisible(true);
        for (TextField field : new TextField[] {name, company, jobTitle}) {
            field.setRequired(true);
            field.setMaxLength(100);
        }
        table.setLabel(getTranslation("join.table"));
        table.setItems(open.tables().stream().map(WorkshopTable::id).toList());
        table.setItemLabelGenerator(id -> id == null
                ? getTranslation("join.tableLater")
                : open.table(id)
                        .map(t -> getTranslation(
                                full(open, id) ? "join.tableFull" : "join.tableWithCount",
                                t.name(),
                                open.members(id).size()))
                        .orElse(""));
        table.setItemEnabledProvider(id -> id == null || !full(open, id));
        table.setEmptySelectionAllowed(true);
        table.setEmptySelectionCaption(getTranslation("join.tableLater"));
        Button join = new Button(getTranslation("join.submit"), e -> join());
        join.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        FormLayout form = new FormLayout(name, company, jobTitle, years, table);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(new H1(open.workshop().name()), new H2(getTranslation("join.introduce")), form, error, join);
    }

    private boolean full(WorkshopSnapshot open, TableId id) {
        return open.members(id).size() >= trainees.limits().maxTableMembers();
    }

    void join() {
        List<Participant.Profile.Field> missing =
                Participant.Profile.missing(name.getValue(), company.getValue(), jobTitle.getValue(), years.getValue());
        List<Participant.Profile.Field> tooLong =
                Participant.Profile.tooLong(name.getValue(), company.getValue(), jobTitle.getValue());
        for (Participant.Profile.Field field : Participant.Profile.Field.values()) {
            ((com.vaadin.flow.component.HasValidation) input(field))
                    .setInvalid(missing.contains(field) || tooLong.contains(field));
        }
        if (!missing.isEmpty() || !tooLong.isEmpty()) {
            List<String> says = new java.util.ArrayList<>();
            if (!missing.isEmpty()) {
                says.add(getTranslation("join.error.missing", labels(missing)));
            }
            if (!tooLong.isEmpty()) {
                says.add(getTranslation("join.error.tooLong", labels(tooLong)));
            }
            error.setText(String.join(" ", says));
            return;
        }
        try {
            Participant.Profile profile = new Participant.Profile(
                    name.getValue(),
                    company.getValue(),
                    jobTitle.getValue(),
                    Optional.ofNullable(years.getValue()).orElse(-1));
            trainees.join(
                    workshop.workshop().joinCode(),
                    CurrentDevice.get(),
                    CurrentDevice.network(),
                    profile,
                    table.getValue());
            UI.getCurrent().navigate(TabletView.class);
        } catch (ActionRefused refused) {
            error.setText(ErrorNotices.message(refused));
        } catch (IllegalArgumentException e) {
            error.setText(getTranslation("join.error.profile"));
        }
    }

    private com.vaadin.flow.component.HasLabel input(Participant.Profile.Field field) {
        return switch (field) {
            case NAME -> name;
            case COMPANY -> company;
            case JOB_TITLE -> jobTitle;
            case YEARS_IN_SALES -> years;
        };
    }

    private String labels(List<Participant.Profile.Field> fields) {
        return fields.stream()
                .map(field -> input(field).getLabel())
                .collect(Collectors.joining(getTranslation("list.separator")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · " + getTranslation("app.name");
    }
}
