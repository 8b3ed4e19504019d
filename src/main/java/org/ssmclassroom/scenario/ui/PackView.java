package org.ssmclassroom.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.scenario.ScenarioPack;

/** One pack, browsable in the chosen language: the case, its people, the agenda, templates and rubrics. */
@Route("library/:packId")
@RolesAllowed(Roles.INSTRUCTOR)
class PackView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ScenarioLibrary library;
    private String title = "";

    PackView(ScenarioLibrary library) {
        this.library = library;
        addClassNames("page", "pack-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("packId").orElse("");
        removeAll();
        library.pack(id).ifPresentOrElse(this::show, () -> {
            title = getTranslation("pack.notFound", id);
            add(new H1(title), new Paragraph(getTranslation("pack.notFound.help")));
        });
    }

    private void show(ScenarioPack pack) {
        Locale locale = getLocale();
        title = pack.manifest().title().in(locale);
        Div badges = new Div(
                Badges.badge(getTranslation(pack.isCase() ? "pack.kind.case" : "pack.kind.method"), "kind"),
                Badges.badge(getTranslation("pack.version", pack.manifest().version()), "version"));
        badges.add(Badges.origin(pack.manifest().origin()));
        badges.addClassName("badges");
        TabSheet tabs = new TabSheet();
        tabs.addClassName("pack-tabs");
        pack.caseData().ifPresent(caseFile -> {
            CaseSections sections = new CaseSections(pack, caseFile, locale);
            tabs.add(getTranslation("pack.tab.case"), sections.overview());
            tabs.add(getTranslation("pack.tab.documents"), sections.documents());
            tabs.add(getTranslation("pack.tab.people"), new PeopleSection(caseFile, locale));
            if (caseFile.negotiation() != null) {
                tabs.add(getTranslation("pack.tab.negotiation"), sections.negotiation());
            }
        });
        MethodSections method = new MethodSections(pack, locale);
        tabs.add(getTranslation("pack.tab.course"), method.course());
        tabs.add(getTranslation("pack.tab.agenda"), method.agenda());
        if (!pack.method().cards().isEmpty()) {
            tabs.add(getTranslation("pack.tab.concepts"), method.concepts());
        }
        tabs.add(getTranslation("pack.tab.templates"), method.templates());
        tabs.add(getTranslation("pack.tab.rubrics"), method.rubrics());
        tabs.add(getTranslation("pack.tab.vocabularies"), method.vocabularies());
        add(new H1(title), badges, new Paragraph(pack.manifest().summary().in(locale)), tabs);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
