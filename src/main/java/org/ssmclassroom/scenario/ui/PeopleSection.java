package org.ssmclassroom.scenario.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.ssmclassroom.scenario.CaseFile;

/** The case's people: an org chart drawn from the reporting lines, and the pain chains between them. */
class PeopleSection extends Div {

    private final CaseFile caseFile;
    private final Locale locale;

    PeopleSection(CaseFile caseFile, Locale locale) {
        this.caseFile = caseFile;
        this.locale = locale;
        addClassName("people-section");
        add(new H2(translate("people.orgChart")));
        for (CaseFile.Side side : CaseFile.Side.values()) {
            List<CaseFile.Person> roots = caseFile.people().stream()
                    .filter(p -> p.side() == side
                            && (p.reportsTo() == null
                                    || caseFile.person(p.reportsTo()).isEmpty()))
                    .toList();
            if (!roots.isEmpty()) {
                add(orgChart(side, roots));
            }
        }
        add(new H2(translate("people.painChains")));
        caseFile.painChains().forEach(chain -> add(painChain(chain)));
    }

    private Div orgChart(CaseFile.Side side, List<CaseFile.Person> roots) {
        Div chart = new Div(new H3(translate("people.side." + side.name().toLowerCase())));
        chart.addClassName("org-chart");
        UnorderedList tree = new UnorderedList();
        tree.getElement().setAttribute("role", "tree");
        tree.getElement()
                .setAttribute(
                        "aria-label", translate("people.side." + side.name().toLowerCase()));
        roots.forEach(root -> tree.add(node(root)));
        chart.add(tree);
        return chart;
    }

    private ListItem node(CaseFile.Person person) {
        Div box = new Div();
        box.addClassName("org-node");
        Span name = new Span(person.displayName(locale));
        name.addClassName("org-name");
        box.add(name);
        if (person.name() != null) {
            Span title = new Span(person.title().in(locale));
            title.addClassName("org-title");
            box.add(title);
        }
        box.add(Badges.origin(person.origin()));
        ListItem item = new ListItem(box);
        item.getElement().setAttribute("role", "treeitem");
        item.getElement()
                .setAttribute(
                        "aria-label",
                        person.displayName(locale) + ", " + person.title().in(locale));
        List<CaseFile.Person> reports = caseFile.people().stream()
                .filter(p -> person.id().equals(p.reportsTo()))
                .toList();
        if (!reports.isEmpty()) {
            UnorderedList children = new UnorderedList();
            children.getElement().setAttribute("role", "group");
            reports.forEach(report -> children.add(node(report)));
            item.add(children);
        }
        return item;
    }

    private Div painChain(CaseFile.PainChain chain) {
        Div section = new Div(new H3(chain.title().in(locale)));
        section.addClassName("pain-chain");
        section.add(Badges.origin(chain.origin()));
        boolean arrows = chain.links().stream()
                .flatMap(link -> link.reasons().stream())
                .anyMatch(reason -> reason.leadsTo() != null);
        if (arrows) {
            // The deck's chart lost its arrows: which reason is whose pain is our reading, and marked so.
            Paragraph note = new Paragraph(translate("people.arrows"));
            note.addClassName("pain-chain-arrows");
            note.add(Badges.origin(org.ssmclassroom.scenario.Origin.AUTHORED));
            section.add(note);
        }
        Div links = new Div();
        links.addClassName("pain-chain-links");
        for (CaseFile.Link link : chain.links()) {
            links.add(painCard(chain, link));
        }
        section.add(links);
        return section;
    }

    private Div painCard(CaseFile.PainChain chain, CaseFile.Link link) {
        CaseFile.Person person = caseFile.person(link.person()).orElseThrow();
        String label = label(chain, link.person()).orElse(person.displayName(locale));
        Div card = new Div();
        card.addClassName("pain-chain-card");
        card.getElement().setAttribute("aria-label", translate("people.painOf", label));
        Span who = new Span(label);
        who.addClassName("pain-person");
        Div pain =
                new Div(new Span(translate("people.pain")), new Span(link.pain().in(locale)));
        pain.addClassName("pain");
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("reasons");
        for (CaseFile.Reason reason : link.reasons()) {
            ListItem item = new ListItem(
                    translate("people.reason") + " " + reason.text().in(locale));
            if (reason.leadsTo() != null) {
                caseFile.person(reason.leadsTo()).ifPresent(next -> {
                    Span arrow = new Span("→ " + label(chain, next.id()).orElse(next.displayName(locale)));
                    arrow.addClassName("leads-to");
                    item.add(arrow);
                });
            }
            reasons.add(item);
        }
        card.add(who, pain, reasons);
        return card;
    }

    /** The deck's label for this person's box in the chain, where the pack gives one. */
    private java.util.Optional<String> label(CaseFile.PainChain chain, String personId) {
        return chain.links().stream()
                .filter(l -> l.person().equals(personId) && l.role() != null)
                .map(l -> l.role().in(locale))
                .findFirst();
    }
}
