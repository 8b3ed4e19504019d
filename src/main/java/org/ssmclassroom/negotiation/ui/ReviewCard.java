package org.ssmclassroom.negotiation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.Map;
import org.ssmclassroom.negotiation.ComputerCustomer;
import org.ssmclassroom.negotiation.Review;

/**
 * The end card of a negotiation: the outcome, the deal and its value to each side, the customer's best alternative
 * now revealed, what a better trade would have been, and the preparation points honoured or missed.
 */
class ReviewCard extends Div {

    /** {@code lastWords}: the customer's last reply, as "Yoshi Goto: …", or empty. */
    ReviewCard(Review review, ComputerCustomer customer, Locale language, String lastWords) {
        addClassName("negotiation-review");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("negotiation.review"));
        add(new H3(getTranslation("negotiation.review")));
        if (!lastWords.isEmpty()) {
            add(line("negotiation-last-words", lastWords));
        }
        add(line(
                "negotiation-outcome",
                getTranslation("negotiation.result." + review.outcome().id())));
        if (!review.deal().isEmpty()) {
            add(line(
                    "negotiation-deal",
                    getTranslation("negotiation.deal", customer.describe(review.deal(), language))));
            add(line(
                    "negotiation-worth",
                    getTranslation(
                            "negotiation.worth",
                            review.worth().toUs(),
                            review.worth().toCustomer(),
                            review.ourBatna(),
                            review.customerBatna())));
        }
        add(line(
                "negotiation-their-batna",
                getTranslation(
                        "negotiation.theirBatna",
                        customer.counterpart().batna().text().in(language),
                        review.customerBatna())));
        add(line(
                "negotiation-better",
                review.betterTradeMissed()
                        ? getTranslation(
                                "negotiation.betterTrade",
                                describe(customer, review.bestForUs(), language),
                                review.bestForUsWorth().toUs(),
                                review.bestForUsWorth().toCustomer())
                        : getTranslation("negotiation.bestTrade")));
        if (!review.bestForBoth().isEmpty() && !review.bestForBoth().equals(review.bestForUs())) {
            add(line(
                    "negotiation-joint",
                    getTranslation(
                            "negotiation.jointTrade",
                            describe(customer, review.bestForBoth(), language),
                            review.bestForBothWorth().toUs(),
                            review.bestForBothWorth().toCustomer())));
        }
        UnorderedList points = new UnorderedList();
        points.addClassName("negotiation-points");
        points.getElement().setAttribute("aria-label", getTranslation("negotiation.points"));
        for (Review.Point point : review.points()) {
            ListItem item = new ListItem(getTranslation(
                    (point.honoured() ? "negotiation.point.honoured." : "negotiation.point.missed.")
                            + point.kind().name().toLowerCase(Locale.ROOT),
                    point.figures().toArray()));
            item.addClassName(point.honoured() ? "negotiation-honoured" : "negotiation-missed");
            points.add(item);
        }
        add(new H3(getTranslation("negotiation.points")), points);
    }

    private static String describe(ComputerCustomer customer, Map<String, String> deal, Locale language) {
        return customer.describe(deal, language);
    }

    private static Paragraph line(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }
}
