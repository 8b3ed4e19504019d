package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.ui.MarkdownView;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Reading;
import org.ssmclassroom.scenario.ui.Badges;
import org.ssmclassroom.scenario.ui.StageCard;

/** One thing to read beside an exercise, drawn as a card: a case document, the negotiation's issues, a concept. */
class ReadingCard extends Div {

    ReadingCard(Reading reading, Locale locale) {
        addClassName("reading-card");
        switch (reading) {
            case Reading.Document document -> {
                addClassName("reading-document");
                String title = document.document().title().in(locale);
                add(new H3(title));
                add(Badges.origin(document.origin(), locale));
                add(MarkdownView.underTitle(document.body().in(locale), title, 3));
            }
            case Reading.Negotiation negotiation -> negotiation(negotiation, locale);
            case Reading.Concept concept -> concept(this, concept.card(), locale);
            case Reading.StageCard stage -> add(new StageCard(stage.place(), stage.headings(), locale));
            case Reading.StageOverview overview -> add(StageCard.overview(overview.places(), locale));
        }
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", title(reading, locale));
    }

    String title(Reading reading, Locale locale) {
        return switch (reading) {
            case Reading.Document document -> document.document().title().in(locale);
            case Reading.Negotiation negotiation -> getTranslation("reading.negotiation");
            case Reading.Concept concept -> concept.card().title().in(locale);
            case Reading.StageCard stage -> stage.place().stage().title().in(locale);
            case Reading.StageOverview overview -> I18NProvider.translate(locale, "stage.overview");
        };
    }

    private void negotiation(Reading.Negotiation reading, Locale locale) {
        addClassName("reading-negotiation");
        add(new H3(getTranslation("reading.negotiation")));
        if (reading.negotiation().scenario() != null) {
            Paragraph scenario = new Paragraph(reading.negotiation().scenario().in(locale));
            scenario.addClassName("negotiation-scenario");
            add(scenario);
        }
        for (CaseFile.Issue issue : reading.negotiation().issues()) {
            Div card = new Div(new H4(issue.title().in(locale)));
            card.add(Badges.origin(reading.originOf(issue), locale));
            card.addClassName("negotiation-issue");
            String people = reading.people().stream()
                    .filter(p -> issue.people() != null && issue.people().contains(p.id()))
                    .map(p -> p.displayName(locale))
                    .collect(Collectors.joining(getTranslation("reading.listSeparator")));
            if (!people.isEmpty()) {
                card.add(labelled("reading.issuePeople", people));
            }
            if (issue.background() != null) {
                card.add(labelled("reading.issueBackground", issue.background().in(locale)));
            }
            if (reading.ourPosition() && issue.ourPosition() != null) {
                Paragraph ours =
                        labelled("reading.ourPosition", issue.ourPosition().in(locale));
                ours.addClassName("our-position");
                card.add(ours);
            }
            add(card);
        }
    }

    private Paragraph labelled(String key, String text) {
        Span label = new Span(getTranslation(key));
        label.addClassName("reading-label");
        return new Paragraph(label, new Span(text));
    }

    /** A concept card's title, text, list and table, on any screen (the tablet, the projector). */
    static void concept(Div into, Method.Card card, Locale locale) {
        into.addClassName("concept-card");
        into.add(new H3(card.title().in(locale)));
        if (card.text() != null) {
            into.add(new Paragraph(card.text().in(locale)));
        }
        if (!card.items().isEmpty()) {
            UnorderedList items = new UnorderedList();
            card.items().forEach(item -> items.add(new ListItem(item.in(locale))));
            into.add(items);
        }
        if (!card.table().isEmpty()) {
            into.add(table(card.table(), locale));
        }
        if (card.source() != null) {
            Span source = new Span(card.source().in(locale));
            source.addClassName("concept-source");
            into.add(source);
        }
        // Wherever a trainee or the projector sees a card, they see that its arrangement is ours, not the deck's.
        for (Span mark : Badges.origin(card.origin(), locale)) {
            mark.addClassName("concept-origin");
            into.add(mark);
        }
    }

    private static Component table(List<List<LocalizedText>> rows, Locale locale) {
        NativeTable table = new NativeTable();
        NativeTableRow header = new NativeTableRow();
        rows.getFirst().forEach(cell -> header.add(new NativeTableHeaderCell(cell.in(locale))));
        NativeTableHeader head = new NativeTableHeader();
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        rows.stream().skip(1).forEach(row -> {
            NativeTableRow line = new NativeTableRow();
            row.forEach(cell -> line.add(new NativeTableCell(cell.in(locale))));
            body.add(line);
        });
        table.add(head, body);
        return table;
    }
}
