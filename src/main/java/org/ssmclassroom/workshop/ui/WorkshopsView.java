package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.SignedIn;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.base.ui.Language;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Workshop;
import org.ssmclassroom.workshop.WorkshopService;

/** The instructor's workshops, and a form to create one for a case pack. */
@Route("workshops")
@RolesAllowed(Roles.INSTRUCTOR)
class WorkshopsView extends Div implements HasDynamicTitle {

    private final WorkshopService workshops;
    private final ScenarioLibrary library;

    final TextField name = new TextField();
    final DatePicker date = new DatePicker();
    final Select<ScenarioPack> pack = new Select<>();
    final Select<Locale> language = new Select<>();
    final IntegerField tables = new IntegerField();
    final TextArea tableNames = new TextArea();

    WorkshopsView(WorkshopService workshops, ScenarioLibrary library, List<ScreenParts> extensions) {
        this.workshops = workshops;
        this.library = library;
        addClassNames("page", "workshops-view");
        add(new H1(getTranslation("workshops.title")), createForm(), list());
        extensions.stream()
                .map(ScreenParts::workshops)
                .flatMap(Optional::stream)
                .forEach(part -> add(part.component()));
    }

    private Section createForm() {
        name.setLabel(getTranslation("workshops.name"));
        name.setRequired(true);
        name.setMaxLength(200);
        date.setLabel(getTranslation("workshops.date"));
        date.setValue(LocalDate.ofInstant(workshops.now(), java.time.ZoneId.systemDefault()));
        pack.setLabel(getTranslation("workshops.case"));
        pack.setItems(workshops.cases());
        pack.setItemLabelGenerator(p -> p.manifest().title().in(getLocale()));
        workshops.proposedCase().ifPresent(pack::setValue);
        language.setLabel(getTranslation("workshops.language"));
        language.setItems(Language.CHINESE, Language.ENGLISH);
        language.setItemLabelGenerator(
                l -> getTranslation(Language.CHINESE.equals(l) ? "language.chinese" : "language.english"));
        language.setValue(Language.CHINESE);
        tables.setLabel(getTranslation("workshops.tables"));
        tables.setMin(1);
        tables.setMax(NewWorkshop.MAX_TABLES);
        tables.setStepButtonsVisible(true);
        tables.setValue(6);
        tableNames.setLabel(getTranslation("workshops.tableNames"));
        tableNames.setHelperText(getTranslation("workshops.tableNames.help"));
        Button create = new Button(getTranslation("workshops.create"), e -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(name, date, pack, language, tables, tableNames);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Section section = new Section(new H2(getTranslation("workshops.new")), form, create);
        section.addClassName("panel");
        return section;
    }

    void create() {
        try {
            WorkshopId id = workshops.create(
                    new NewWorkshop(
                            name.getValue(),
                            date.getValue(),
                            pack.getValue() == null ? null : pack.getValue().id(),
                            language.getValue(),
                            tableNames()),
                    SignedIn.instructor());
            UI.getCurrent().navigate(ConsoleView.class, new RouteParameters("workshopId", String.valueOf(id.value())));
        } catch (IllegalArgumentException e) {
            Notification error = Notification.show(getTranslation("workshops.invalid", e.getMessage()));
            error.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private List<String> tableNames() {
        List<String> typed = Arrays.stream(tableNames.getValue().split("\\R"))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
        if (!typed.isEmpty()) {
            return typed;
        }
        int count = tables.getValue() == null ? 0 : tables.getValue();
        Locale names = language.getValue() == null ? getLocale() : language.getValue();
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> getTranslation(names, "workshops.defaultTable", i))
                .toList();
    }

    private Section list() {
        Section section = new Section(new H2(getTranslation("workshops.list")));
        section.addClassName("workshop-list");
        List<Workshop> all = workshops.workshops();
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation("workshops.none")));
        }
        for (Workshop workshop : all) {
            Div card = new Div();
            card.addClassName("workshop-card");
            String caseTitle = library.pack(workshop.packId())
                    .map(p -> p.manifest().title().in(getLocale()))
                    .orElse(workshop.packId());
            Button open = new Button(
                    getTranslation("workshops.open"),
                    e -> UI.getCurrent()
                            .navigate(
                                    ConsoleView.class,
                                    new RouteParameters(
                                            "workshopId",
                                            String.valueOf(workshop.id().value()))));
            open.getElement().setAttribute("aria-label", getTranslation("workshops.openNamed", workshop.name()));
            card.add(
                    new H2(workshop.name()),
                    new Paragraph(workshop.date() + " · " + caseTitle + " · "
                            + getTranslation(
                                    "workshop.state." + workshop.state().name().toLowerCase()) + " · "
                            + getTranslation(
                                    "workshop.code", workshop.joinCode().display())),
                    open);
            section.add(card);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshops.title") + " · " + getTranslation("app.name");
    }
}
