package org.ssmclassroom.record;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ssmclassroom.negotiation.Review;
import org.ssmclassroom.roleplay.PracticeFeedback;
import org.ssmclassroom.roleplay.QuestionKind;
import org.ssmclassroom.takeaway.PersonalPlan;

/**
 * One trainee's take-away as a PDF (ADR 027): their action plan, then their table's report (boards, the released
 * results with comments, the model answers of released exercises), then their last practice feedback and the end
 * card of every negotiation they finished. Laid out and embedded as the table reports are, Chinese included.
 */
final class PersonalReport {

    /**
     * What goes in. {@code plan} is empty where the reader may not see it (the instructor, for a plan not shared);
     * {@code written} says then whether there is one. {@code table} is empty for a trainee not seated.
     */
    record Content(
            String trainee,
            String workshop,
            String date,
            Optional<PersonalPlan> plan,
            boolean written,
            Optional<TableReport.Content> table,
            Optional<PracticeFeedback> feedback,
            List<NegotiationCard> negotiations) {}

    /**
     * A negotiation's end card in short, its packages already described in the workshop's language: the deal (empty
     * without one), the customer's best alternative, the better trade and the best one for both (empty: none).
     */
    record NegotiationCard(Review review, String deal, String theirBatna, String betterTrade, String jointTrade) {}

    private final TableReport tables;
    private final Locale locale;
    private final Labels labels;

    PersonalReport(TableReport tables, Locale locale, Labels labels) {
        this.tables = tables;
        this.locale = locale;
        this.labels = labels;
    }

    byte[] pdf(Content content) {
        return TableReport.pdf(html(content));
    }

    Document html(Content content) {
        Document document = content.table().map(tables::html).orElseGet(TableReport::shell);
        Element body = document.body();
        // The table's cover, when there is one, moves to a page of its own after the plan.
        body.children().stream()
                .filter(e -> e.hasClass("cover"))
                .findFirst()
                .ifPresent(cover -> cover.addClass("exercise"));
        Element plan = body.prependElement("section").addClass("plan");
        Element title = body.prependElement("header");
        title.appendElement("h1").text(labels.get("takeaway.pdf.title", content.trainee()));
        title.appendElement("p").text(content.workshop() + " · " + content.date());
        plan(plan, content);
        content.feedback().ifPresent(f -> feedback(body.appendElement("section").addClass("exercise"), f));
        content.negotiations()
                .forEach(n -> negotiation(body.appendElement("section").addClass("exercise"), n));
        return document;
    }

    private void plan(Element section, Content content) {
        if (content.plan().isEmpty()) {
            section.appendElement("h2").text(labels.get("takeaway.pdf.plan"));
            section.appendElement("p")
                    .addClass("muted")
                    .text(labels.get(content.written() ? "takeaway.pdf.notShared" : "takeaway.pdf.notWritten"));
            return;
        }
        PersonalPlan plan = content.plan().get();
        PersonalPlan.Wording wording = plan.wording();
        section.appendElement("h2").text(wording.title().in(locale));
        Element about = section.appendElement("p").addClass("muted");
        if (wording.source() != null) {
            about.appendText(wording.source().in(locale));
        }
        if (wording.fieldsAuthored()) {
            about.appendElement("span").addClass("authored").text(" · " + labels.get("takeaway.authored"));
        }
        for (PersonalPlan.Horizon horizon : plan.horizons()) {
            section.appendElement("h3").text(horizon.title().in(locale));
            Element table = section.appendElement("table");
            Element head = table.appendElement("tr");
            head.appendElement("th").text(labels.get("takeaway.action"));
            Stream.of(wording.commitment(), wording.due(), wording.opportunity())
                    .forEach(label -> head.appendElement("th").text(label.in(locale)));
            for (PersonalPlan.Action action : horizon.actions()) {
                Element row = table.appendElement("tr");
                row.appendElement("td").addClass("action").text(action.label().in(locale));
                PersonalPlan.Entry entry = action.entry();
                row.appendElement("td").text(entry.commitment());
                row.appendElement("td")
                        .addClass("due")
                        .text(entry.due() == null ? "" : entry.due().toString());
                row.appendElement("td").text(entry.opportunity());
            }
        }
    }

    private void feedback(Element section, PracticeFeedback feedback) {
        section.appendElement("h2").text(labels.get("practice.feedback"));
        section.appendElement("p")
                .text(labels.get(
                        "practice.mix",
                        Stream.of(QuestionKind.values())
                                .map(kind -> labels.get(
                                        "interview.tag." + kind.id(),
                                        feedback.discovery().questions().getOrDefault(kind, 0)))
                                .collect(Collectors.joining(" · "))));
        section.appendElement("p")
                .text(labels.get(
                        "practice.taken",
                        feedback.taken().toMinutes(),
                        feedback.taken().toSecondsPart()));
        section.appendElement("h3")
                .text(labels.get("practice.found", feedback.found().size()));
        Element found = section.appendElement("ul");
        feedback.found()
                .forEach(t -> found.appendElement("li").text("✓ " + t.label().in(locale)));
        if (feedback.missed().isEmpty()) {
            section.appendElement("p").text(labels.get("practice.nothingMissed"));
            return;
        }
        section.appendElement("h3")
                .text(labels.get("practice.missed", feedback.missed().size()));
        Element missed = section.appendElement("ul");
        for (PracticeFeedback.Missed miss : feedback.missed()) {
            Element item =
                    missed.appendElement("li").text("○ " + miss.target().label().in(locale));
            if (miss.question() != null) {
                item.appendElement("div")
                        .addClass("muted")
                        .text(labels.get(
                                "practice.tryThis",
                                miss.cell() == null
                                        ? labels.get("practice.aQuestion")
                                        : miss.cell().in(locale),
                                miss.question().in(locale)));
            }
        }
    }

    /** What the tablet's end card says, without the rounds: outcome, deal and worth, better trade, points. */
    private void negotiation(Element section, NegotiationCard card) {
        Review review = card.review();
        section.appendElement("h2").text(labels.get("negotiation.review"));
        section.appendElement("p")
                .text(labels.get("negotiation.result." + review.outcome().id()));
        if (!review.deal().isEmpty()) {
            section.appendElement("p").text(labels.get("negotiation.deal", card.deal()));
            section.appendElement("p")
                    .text(labels.get(
                            "negotiation.worth",
                            review.worth().toUs(),
                            review.worth().toCustomer(),
                            review.ourBatna(),
                            review.customerBatna()));
        }
        section.appendElement("p")
                .text(labels.get("negotiation.theirBatna", card.theirBatna(), review.customerBatna()));
        section.appendElement("p")
                .text(
                        review.betterTradeMissed()
                                ? labels.get(
                                        "negotiation.betterTrade",
                                        card.betterTrade(),
                                        review.bestForUsWorth().toUs(),
                                        review.bestForUsWorth().toCustomer())
                                : labels.get("negotiation.bestTrade"));
        if (!card.jointTrade().isEmpty()) {
            section.appendElement("p")
                    .text(labels.get(
                            "negotiation.jointTrade",
                            card.jointTrade(),
                            review.bestForBothWorth().toUs(),
                            review.bestForBothWorth().toCustomer()));
        }
        section.appendElement("h3").text(labels.get("negotiation.points"));
        Element points = section.appendElement("ul");
        for (Review.Point point : review.points()) {
            points.appendElement("li")
                    .text(labels.get(
                            (point.honoured() ? "negotiation.point.honoured." : "negotiation.point.missed.")
                                    + point.kind().name().toLowerCase(Locale.ROOT),
                            point.figures().toArray()));
        }
    }
}
