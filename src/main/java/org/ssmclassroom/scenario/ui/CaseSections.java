package org.ssmclassroom.scenario.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.ssmclassroom.base.ui.MarkdownView;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.ScenarioPack;

/** The case tabs of a pack page: overview with key facts and initiatives, documents, negotiation. */
final class CaseSections {

    private final ScenarioPack pack;
    private final CaseFile caseFile;
    private final Locale locale;

    CaseSections(ScenarioPack pack, CaseFile caseFile, Locale locale) {
        this.pack = pack;
        this.caseFile = caseFile;
        this.locale = locale;
    }

    Component overview() {
        CaseFile.Company company = caseFile.company();
        Div overview = section("case-overview");
        overview.add(
                new H2(company.name().in(locale)),
                new Paragraph(company.industry().in(locale)
                        + (company.headquarters() == null
                                ? ""
                                : " · " + company.headquarters().in(locale))));
        if (!company.facts().isEmpty()) {
            NativeTable facts = new NativeTable();
            facts.addClassName("facts");
            facts.getElement().setAttribute("aria-label", translate("case.facts"));
            NativeTableBody body = new NativeTableBody();
            company.facts().forEach(fact -> {
                NativeTableHeaderCell label =
                        new NativeTableHeaderCell(fact.label().in(locale));
                label.add(Badges.origin(fact.origin()));
                body.add(new NativeTableRow(
                        label, new NativeTableCell(fact.value().in(locale))));
            });
            facts.add(body);
            overview.add(new H3(translate("case.facts")), facts);
        }
        overview.add(new H3(translate("case.initiatives")), initiatives());
        if (caseFile.alignment() != null) {
            String quadrant = pack.method()
                    .vocabulary("sam-quadrants")
                    .flatMap(v -> v.terms().stream()
                            .filter(t -> t.id().equals(caseFile.alignment().quadrant()))
                            .findFirst())
                    .map(t -> t.label().in(locale))
                    .orElse(caseFile.alignment().quadrant());
            Paragraph alignment = new Paragraph(translate("case.alignment", quadrant));
            alignment.add(Badges.origin(caseFile.alignment().origin()));
            overview.add(new H3(translate("case.alignment.title")), alignment);
            if (caseFile.alignment().rationale() != null) {
                overview.add(new Paragraph(caseFile.alignment().rationale().in(locale)));
            }
        }
        return overview;
    }

    private UnorderedList initiatives() {
        UnorderedList list = new UnorderedList();
        list.addClassName("initiatives");
        for (CaseFile.Initiative initiative : caseFile.initiatives()) {
            ListItem item = new ListItem(translate(
                    "case.initiative",
                    initiative.action().in(locale),
                    initiative.result().in(locale)));
            if (initiative.owner() != null) {
                caseFile.person(initiative.owner())
                        .ifPresent(owner ->
                                item.add(new Span(" · " + translate("case.owner", owner.displayName(locale)))));
            }
            if (initiative.critical()) {
                item.addComponentAsFirst(Badges.badge(translate("case.critical"), "critical"));
            }
            item.add(Badges.origin(initiative.origin()));
            list.add(item);
        }
        return list;
    }

    Component documents() {
        Div documents = section("case-documents");
        for (CaseFile.Document document : caseFile.documents()) {
            Span summary = new Span(document.title().in(locale));
            summary.add(Badges.badge(
                    translate("audience." + document.audience().name().toLowerCase()), "audience"));
            summary.add(Badges.origin(document.origin()));
            String body =
                    pack.documentBody(document.id()).map(b -> b.in(locale)).orElse("");
            // The summary names the document; its own title would repeat it, its sections follow the page's H1.
            Details details = new Details(
                    summary, MarkdownView.underTitle(body, document.title().in(locale), 1));
            details.addClassName("document");
            documents.add(details);
        }
        return documents;
    }

    Component negotiation() {
        Div negotiation = section("case-negotiation");
        if (caseFile.negotiation().scenario() != null) {
            Paragraph scenario = new Paragraph(caseFile.negotiation().scenario().in(locale));
            scenario.addClassName("scenario-quote");
            negotiation.add(scenario);
        }
        for (CaseFile.Issue issue : caseFile.negotiation().issues()) {
            Div card = section("issue-card");
            card.add(
                    new H3(issue.title().in(locale)),
                    new Paragraph(issue.background().in(locale)));
            Paragraph position = new Paragraph(
                    translate("case.ourPosition") + " " + issue.ourPosition().in(locale));
            position.addClassName("our-position");
            card.add(position);
            negotiation.add(card);
        }
        return negotiation;
    }

    static Div section(String className) {
        Div div = new Div();
        div.addClassName(className);
        return div;
    }
}
